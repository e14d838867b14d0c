using CmaRenewal.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;

namespace CmaRenewal.TestKit.Persistence;

/// <summary>A database of its own on the test SQL Server (<see cref="SqlServerTestServer"/>), dropped on dispose.</summary>
public sealed class SqlServerTestDatabase : TestDatabase
{
    private SqlServerTestDatabase(string server) =>
        ConnectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = $"CmaRenewalTest_{Guid.NewGuid():N}" }.ConnectionString;

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;
    public override string ConnectionString { get; }

    /// <summary>A migrated database on <paramref name="server"/> (a connection string; its own catalog is ignored).</summary>
    public static async Task<SqlServerTestDatabase> CreateAsync(string server, CancellationToken cancellationToken)
    {
        var database = new SqlServerTestDatabase(server);
        await database.MigrateAsync(cancellationToken);
        return database;
    }

    public override async ValueTask DisposeAsync()
    {
        // Pooled connections hold the database open; drop them so it can be dropped.
        using (var connection = new SqlConnection(ConnectionString)) SqlConnection.ClearPool(connection);
        await using var db = CreateContext();
        await db.Database.EnsureDeletedAsync(CancellationToken.None);
        GC.SuppressFinalize(this);
    }
}
