using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Persistence.Auditing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.TestKit.Persistence;

/// <summary>
/// A real SQLite file under the temp folder, migrated with the app's own migrations (never EnsureCreated), and
/// deleted on dispose. Contexts it creates audit as <see cref="TestActor"/> on <see cref="Clock"/>.
/// </summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private SqliteTestDatabase()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cmarenewal-tests");
        FilePath = System.IO.Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        ConnectionString = SqliteFiles.ConnectionStringFor(FilePath);
    }

    public string FilePath { get; }
    public string ConnectionString { get; }
    public FakeTimeProvider Clock { get; } = TestClock.Create();

    /// <summary>A migrated database, ready for data.</summary>
    public static async Task<SqliteTestDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var database = new SqliteTestDatabase();
        await database.MigrateAsync(cancellationToken);
        return database;
    }

    /// <summary>Only a path: the file does not exist until something migrates it.</summary>
    public static SqliteTestDatabase CreateUnmigrated() => new();

    public Task MigrateAsync(CancellationToken cancellationToken) =>
        new DatabaseMigrator(new OptionsDbContextFactory(Options()), NullLogger<DatabaseMigrator>.Instance)
            .MigrateAsync(cancellationToken);

    public DbContextOptions<CmaRenewalDbContext> Options(string actor = TestActor.DefaultName) =>
        CmaRenewalDbOptions.Create(DatabaseProvider.Sqlite, ConnectionString, new AuditInterceptor(new TestActor(actor), Clock));

    public CmaRenewalDbContext CreateContext(string actor = TestActor.DefaultName) => new(Options(actor));

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; let them go before deleting it and its WAL companions.
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(FilePath + suffix);
        return ValueTask.CompletedTask;
    }
}
