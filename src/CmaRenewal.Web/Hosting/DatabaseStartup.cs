using CmaRenewal.Infrastructure.Demo;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Hosting;

internal static partial class DatabaseStartup
{
    /// <summary>
    /// Migrates the database on start. With <c>Demo:SeedOnStart</c>, seeds the small demo into an empty database,
    /// makes sure its people can sign in, and prints one demo login per role.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        if (!scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value.SeedOnStart) return;

        var result = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(DemoSize.Small, ct);
        if (result.Seeded) LogSeeded(app.Logger, result.Message);
        foreach (var login in await scope.ServiceProvider.GetRequiredService<DemoAccounts>().PrepareAsync(ct))
            LogDemoLogin(app.Logger, login.Role, login.Email, DemoAccounts.Password, login.Name);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message}")]
    private static partial void LogSeeded(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo login ({Role}): {Email} / {Password} ({Name})")]
    private static partial void LogDemoLogin(ILogger logger, string role, string email, string password, string name);
}
