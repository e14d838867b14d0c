using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Storage;
using Hangfire;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;

namespace CmaRenewal.Web.Jobs;

/// <summary>
/// Job storage follows <c>Database:Provider</c>: SQL Server keeps jobs in the app's database (its own HangFire schema,
/// which coordinates servers when scaled out); SQLite keeps them in <c>hangfire.db</c> beside the app's file, so the
/// two never lock each other and jobs survive a restart.
/// </summary>
internal static class JobStorageFactory
{
    public const string SqliteFileName = "hangfire.db";

    public static JobStorage Create(DatabaseOptions database, StorageOptions storage, JobsOptions jobs) =>
        database.ResolveProvider() switch
        {
            // Hangfire 1.8's defaults for SQL Server are its recommended ones (no polling delay, sliding invisibility).
            DatabaseProvider.SqlServer => new SqlServerStorage(database.ConnectionString, new SqlServerStorageOptions()),
            _ => new SQLiteStorage(Path.Combine(storage.DataDirectory, SqliteFileName),
                new SQLiteStorageOptions { QueuePollInterval = jobs.QueuePollInterval }),
        };
}
