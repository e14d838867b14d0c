using CmaRenewal.TestKit.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Persistence;

public sealed class MigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SqliteMigrations_OnEmptyFile_CreateEveryTableOfTheModel()
    {
        await using var database = SqliteTestDatabase.CreateUnmigrated();
        Assert.False(File.Exists(database.FilePath));

        await database.MigrateAsync(Ct);

        await using var db = database.CreateContext();
        var modelTables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Append("__EFMigrationsHistory").ToHashSet();
        var fileTables = await TablesAsync(database.ConnectionString);
        Assert.Subset(fileTables, modelTables);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
    }

    [Fact]
    public async Task SqliteMigrations_SwitchTheFileToWal()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task SqliteMigrations_RunTwice_ChangeNothing()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);

        await database.MigrateAsync(Ct);

        await using var db = database.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
    }

    private static async Task<HashSet<string>> TablesAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var tables = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct)) tables.Add(reader.GetString(0));
        return tables;
    }
}
