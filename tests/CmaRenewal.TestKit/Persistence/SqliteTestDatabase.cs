using CmaRenewal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace CmaRenewal.TestKit.Persistence;

/// <summary>A real SQLite file under the temp folder, deleted on dispose.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private SqliteTestDatabase()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cmarenewal-tests");
        FilePath = System.IO.Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        ConnectionString = SqliteFiles.ConnectionStringFor(FilePath);
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    public string FilePath { get; }
    public override string ConnectionString { get; }

    /// <summary>A migrated database, ready for data.</summary>
    public static async Task<SqliteTestDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var database = new SqliteTestDatabase();
        await database.MigrateAsync(cancellationToken);
        return database;
    }

    /// <summary>Only a path: the file does not exist until something migrates it.</summary>
    public static SqliteTestDatabase CreateUnmigrated() => new();

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; let them go before deleting it and its WAL companions.
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(FilePath + suffix);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
