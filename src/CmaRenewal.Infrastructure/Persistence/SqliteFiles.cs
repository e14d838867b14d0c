using Microsoft.Data.Sqlite;

namespace CmaRenewal.Infrastructure.Persistence;

/// <summary>SQLite connection strings for a shared file: the web app and the jobs write to it at the same time.</summary>
public static class SqliteFiles
{
    /// <summary>
    /// Waiting this long for another writer's lock (Microsoft.Data.Sqlite retries a busy database until the command
    /// timeout) beats failing at once; WAL, set by <see cref="DatabaseMigrator"/>, keeps readers from waiting at all.
    /// </summary>
    public const int BusyTimeoutSeconds = 30;

    public static string ConnectionStringFor(string databasePath) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            DefaultTimeout = BusyTimeoutSeconds,
            Pooling = true,
        }.ToString();

    /// <summary>Creates the folder of a file database; in-memory databases need none.</summary>
    public static void EnsureFolderOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
