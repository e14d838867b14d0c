using Microsoft.Data.Sqlite;

namespace CmaRenewal.Infrastructure.Persistence.Backups;

/// <summary>What a SQLite backup wrote: the file, its size and SQLite's own verdict on the copy.</summary>
public sealed record SqliteBackupResult(string File, long Bytes, string IntegrityCheck);

/// <summary>
/// A consistent copy of a live SQLite database through SQLite's online backup API: the copy is one snapshot even while
/// the app writes (WAL lets writers go on meanwhile). It is written beside the target first and moved into place only
/// once <c>PRAGMA integrity_check</c> passes, so a failed backup never replaces a good one.
/// </summary>
public static class SqliteBackup
{
    public static async Task<SqliteBackupResult> WriteAsync(
        string sourceConnectionString, string target, bool replace, CancellationToken cancellationToken)
    {
        var source = SourceFile(sourceConnectionString);
        var file = Path.GetFullPath(target);
        BackupTarget.Check(file, replace, source);

        var partial = BackupTarget.PartialFileBeside(file);
        try
        {
            var integrity = await CopyAsync(sourceConnectionString, partial, cancellationToken);
            if (integrity != "ok")
                throw new BackupRefusedException($"The copy failed SQLite's integrity check ({integrity}); {file} was not written.");
            File.Move(partial, file, overwrite: replace);
            return new SqliteBackupResult(file, new FileInfo(file).Length, integrity);
        }
        catch (IOException) when (!replace && File.Exists(file))
        {
            throw BackupTarget.Exists(file);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static async Task<string> CopyAsync(string sourceConnectionString, string partial, CancellationToken cancellationToken)
    {
        // ReadWrite, not the default ReadWriteCreate: a missing database must not be created empty and "backed up".
        var sourceBuilder = new SqliteConnectionStringBuilder(sourceConnectionString) { Mode = SqliteOpenMode.ReadWrite };
        await using var from = new SqliteConnection(sourceBuilder.ToString());
        await from.OpenAsync(cancellationToken);
        // Unpooled: the file must be closed before it is moved into place.
        await using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString());
        await to.OpenAsync(cancellationToken);
        from.BackupDatabase(to);
        // The copy is one self-contained file, not a WAL database that needs its -wal and -shm companions.
        await ScalarAsync(to, "PRAGMA journal_mode=DELETE;", cancellationToken);
        return await ScalarAsync(to, "PRAGMA integrity_check;", cancellationToken);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string pragma, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static string SourceFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
            throw new BackupRefusedException("The database is in memory: there is no file to back up.");
        var file = Path.GetFullPath(builder.DataSource);
        return File.Exists(file) ? file : throw new BackupRefusedException($"There is no database at {file} to back up.", somethingMissing: true);
    }
}
