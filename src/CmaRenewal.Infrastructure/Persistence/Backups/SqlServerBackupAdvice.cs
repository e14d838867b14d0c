using Microsoft.Data.SqlClient;

namespace CmaRenewal.Infrastructure.Persistence.Backups;

/// <summary>
/// SQL Server backs itself up: the app prints the T-SQL for a one-off copy (COPY_ONLY, so the DBA's own full and
/// log backup chain is left as it was) instead of sending it, because the file is written on the SQL Server machine,
/// by the SQL Server service account. The text is a valid script on its own, so it can be piped into sqlcmd.
/// </summary>
public static class SqlServerBackupAdvice
{
    public static string For(string connectionString, string target, bool replace)
    {
        var database = new SqlConnectionStringBuilder(connectionString).InitialCatalog;
        if (string.IsNullOrWhiteSpace(database))
            throw new BackupRefusedException("The SQL Server connection string names no database (Database=...).");
        return string.Join('\n',
            "-- CmaRenewal's data is in SQL Server: back it up with SQL Server's own backups (your usual plan, or this",
            "-- one-off copy). Run it on the server, e.g. with sqlcmd; the file path is on the SQL Server machine.",
            $"BACKUP DATABASE [{database.Replace("]", "]]", StringComparison.Ordinal)}]",
            $"TO DISK = N'{target.Replace("'", "''", StringComparison.Ordinal)}'",
            $"WITH COPY_ONLY, CHECKSUM, {(replace ? "INIT" : "NOINIT")};");
    }
}
