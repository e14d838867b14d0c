using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Persistence.Backups;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Hosting;

public abstract partial record AdminCommand
{
    private static Backup ParseBackup(IReadOnlyList<string> args)
    {
        var positional = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var unknown = args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--force").ToList();
        if (unknown.Count > 0) throw new AdminCommandException($"Unknown option '{unknown[0]}' for backup. {Usage}");
        if (positional.Count != 1) throw new AdminCommandException($"backup needs the one file to write. {Usage}");
        return new Backup(positional[0], args.Contains("--force"));
    }

    /// <summary>
    /// SQLite: a consistent copy of the live database into <see cref="File"/> (the app may keep running). SQL Server:
    /// prints the T-SQL a DBA runs on the server. It never migrates: a backup taken before an upgrade must be the old
    /// schema. Refusals (an existing file without --force, a missing or unwritable folder) write nothing.
    /// </summary>
    private sealed record Backup(string File, bool Force) : AdminCommand
    {
        protected override async Task<int> ExecuteAsync(IServiceProvider scoped, TextWriter output, CancellationToken ct)
        {
            var database = scoped.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            try
            {
                if (database.ResolveProvider() == DatabaseProvider.SqlServer)
                {
                    await output.WriteLineAsync(SqlServerBackupAdvice.For(database.ConnectionString!, File, Force));
                    return 0;
                }
                var copy = await SqliteBackup.WriteAsync(database.ConnectionString!, File, Force, ct);
                await output.WriteLineAsync($"Backed up the database to {copy.File} ({copy.Bytes:N0} bytes; integrity check: {copy.IntegrityCheck}).");
                return 0;
            }
            catch (BackupRefusedException refused)
            {
                throw new AdminCommandException(refused.Message, refused.SomethingMissing ? 2 : 1);
            }
        }
    }
}
