using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using Hangfire;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.IntegrationTests.TwoServers;

/// <summary>
/// The one database several servers share, with the small demo seeded on <see cref="SeededOn"/>: a SQLite file in a
/// shared folder, or, when <c>CMA_TEST_SQLSERVER</c> holds a connection string, a SQL Server database of its own
/// (created here, dropped on dispose). Also the shared folder both servers keep their data and certificates in.
/// </summary>
internal sealed class SharedDatabase : IAsyncDisposable
{
    public const string SqlServerVariable = "CMA_TEST_SQLSERVER";
    public static readonly DateTimeOffset SeededOn = PinnedDemoApp.Now;

    private SharedDatabase(DatabaseProvider provider, string folder, string connectionString)
    {
        Provider = provider;
        Folder = folder;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }
    public string Folder { get; }
    public string CertificateFolder => Path.Combine(Folder, "shared-certificates");
    public string ConnectionString { get; }

    public static async Task<SharedDatabase> CreateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("cmarenewal-two-").FullName;
        var server = Environment.GetEnvironmentVariable(SqlServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            var file = Path.Combine(folder, DatabaseOptions.SqliteFileName);
            DemoTemplate.CopyTo(file, SeededOn);
            return new SharedDatabase(DatabaseProvider.Sqlite, folder, SqliteFiles.ConnectionStringFor(file));
        }

        var database = new SqlConnectionStringBuilder(server) { InitialCatalog = $"CmaRenewalTwo_{Guid.NewGuid():N}" }.ConnectionString;
        // The app itself migrates and seeds it, on the same pinned day as the SQLite template.
        await using (var seeding = new AppFactory(("Database:Provider", nameof(DatabaseProvider.SqlServer)), ("ConnectionStrings:CmaRenewal", database))
            { Clock = new FakeTimeProvider(SeededOn) })
            _ = seeding.Services;
        return new SharedDatabase(DatabaseProvider.SqlServer, folder, database);
    }

    /// <summary>The settings that put a server on this database and these folders.</summary>
    public (string Name, string Value)[] ServerSettings() =>
    [
        ("Database__Provider", Provider.ToString()),
        ("ConnectionStrings__CmaRenewal", ConnectionString),
        ("Storage__DataDirectory", Folder),
        ("Storage__CertificateDirectory", CertificateFolder),
    ];

    public CmaRenewalDbContext Context() => new(CmaRenewalDbOptions.Create(Provider, ConnectionString));

    /// <summary>The servers' job storage, for a test that enqueues jobs as the dashboard's "trigger" would.</summary>
    public JobStorage Jobs() => Provider == DatabaseProvider.SqlServer
        ? new SqlServerStorage(ConnectionString)
        : new SQLiteStorage(Path.Combine(Folder, "hangfire.db"), new SQLiteStorageOptions());

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.SqlServer)
        {
            await using var db = Context();
            await db.Database.EnsureDeletedAsync(CancellationToken.None);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
