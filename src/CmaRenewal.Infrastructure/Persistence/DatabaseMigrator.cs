using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CmaRenewal.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the latest migration of its provider (run by the <c>migrate</c> verb and at start). For
/// SQLite it also creates the folder and switches the file to WAL, which the file remembers.
/// </summary>
public sealed partial class DatabaseMigrator(IDbContextFactory<CmaRenewalDbContext> factory, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var sqlite = db.Database.IsSqlite();
        if (sqlite) SqliteFiles.EnsureFolderOf(db.Database.GetConnectionString()!);

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        LogMigrating(logger, db.Database.ProviderName, pending.Count);
        await db.Database.MigrateAsync(cancellationToken);

        // Readers no longer wait for a writer, so pages stay responsive while a job writes.
        if (sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating the {Provider} database: {Count} migration(s) to apply")]
    private static partial void LogMigrating(ILogger logger, string? provider, int count);
}
