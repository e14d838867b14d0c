using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CmaRenewal.E2ETests.Hosting;

/// <summary>
/// The real app on real Kestrel at a free loopback port, on a fresh SQLite file in its own temp folder (migrated and
/// seeded with the small demo at start), deleted on dispose. Shared by a test collection.
/// </summary>
public sealed class RunningApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("cmarenewal-e2e-").FullName;

    public Uri BaseAddress => ClientOptions.BaseAddress;

    public ValueTask InitializeAsync()
    {
        // Port 0 through Listen is what makes the port dynamic; UseKestrel(0) binds localhost:5000 instead.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the app only finds static files (blazor.web.js, MudBlazor's css and js) in a published
        // wwwroot; from the build output it needs the static web assets manifest, which Development loads by itself.
        builder.UseStaticWebAssets();
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        builder.UseSetting("Demo:SeedOnStart", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Browser tests need no background jobs; the jobs dashboard still has its storage.
        builder.UseSetting("Jobs:Enabled", "false");
        // Every browser test signs in from loopback, often as the same demo account: no limit may trip.
        foreach (var limit in (string[])["SignInPerIp", "SignInPerAccount", "ApiPerToken", "ApiAndCalendarPerIp", "CalendarPerToken"])
            builder.UseSetting($"RateLimits:{limit}:PermitLimit", "1000000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        // Pooled connections keep the SQLite file open; release them so the folder can go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
