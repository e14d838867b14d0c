using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>The real app on a real SQLite file in its own temp data folder, deleted on dispose.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    // Settings that change what is in the database, or where it is: an app with one of these seeds its own.
    private static readonly string[] DataSettings = ["Demo:", "Database:", "ConnectionStrings:", "Storage:", "Rules:", "Policies:", "Jobs:"];

    private readonly Dictionary<string, string?> settings;
    private readonly bool template;

    public AppFactory(params (string Key, string? Value)[] overrides)
        : this(overrides.All(o => !DataSettings.Any(p => o.Key.StartsWith(p, StringComparison.Ordinal))), overrides)
    {
    }

    // template: start from a copy of an already seeded database (DemoTemplate) instead of migrating and seeding.
    internal AppFactory(bool template, params (string Key, string? Value)[] overrides)
    {
        this.template = template;
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

    // Here, before the host is built, rather than in ConfigureWebHost, which runs inside the app's own start-up.
    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (template) DemoTemplate.CopyTo(Path.Combine(DataDirectory, DatabaseOptions.SqliteFileName), Clock?.GetUtcNow());
        return base.CreateHost(builder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
