using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>The real app on a real SQLite file in its own temp data folder, deleted on dispose.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public AppFactory(params (string Key, string? Value)[] overrides)
    {
        DataDirectory = Directory.CreateTempSubdirectory("cmarenewal-app-").FullName;
        settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["Demo:SeedOnStart"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            // No Hangfire server or schedules unless a test asks for them; the dashboard's storage is still there.
            ["Jobs:Enabled"] = "false",
        };
        // Every test client shares one address and many share accounts: no limit trips unless a test sets it tight.
        foreach (var limit in (string[])["SignInPerIp", "SignInPerAccount", "ApiPerToken", "ApiAndCalendarPerIp", "CalendarPerToken"])
            settings[$"RateLimits:{limit}:PermitLimit"] = "1000000";
        foreach (var (key, value) in overrides) settings[key] = value;
    }

    public string DataDirectory { get; }

    /// <summary>
    /// The app's clock, when a test pins it: the demo is then seeded relative to this clock's today and every rule is
    /// judged on it, so assertions can name exact dates. Unset, the app runs on the real clock.
    /// </summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (Clock is { } clock) builder.ConfigureTestServices(s => s.AddSingleton(clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
