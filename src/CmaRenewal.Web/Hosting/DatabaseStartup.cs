using CmaRenewal.Infrastructure.Demo;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Hosting;

internal static partial class DatabaseStartup
{
    /// <summary>Migrates the database on start and, when asked, seeds the small demo into an empty one.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        if (!scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value.SeedOnStart) return;

        var result = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(DemoSize.Small, ct);
        if (result.Seeded) LogSeeded(app.Logger, result.Message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message}")]
    private static partial void LogSeeded(ILogger logger, string message);
}
