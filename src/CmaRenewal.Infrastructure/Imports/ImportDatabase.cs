using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Reminders;
using Microsoft.EntityFrameworkCore;

// The feature folder is Imports, as in Application and Web; no Visual Basic code consumes this assembly.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace",
    Target = "~N:CmaRenewal.Infrastructure.Imports", Justification = "Feature folder name; the app is not consumed from VB.")]

namespace CmaRenewal.Infrastructure.Imports;

/// <summary>
/// The SQL side of one import run, one implementation per provider: the connection held for the run, its tuning, the
/// write transaction every row (EF's SaveChanges included) joins, and the CE activities' bulk path. The import's rules
/// never see which provider it is.
/// </summary>
public abstract class ImportDatabase : IAsyncDisposable
{
    private DbTransaction? transaction;

    private protected ImportDatabase(CmaRenewalDbContext db) => Db = db;

    private protected CmaRenewalDbContext Db { get; }

    /// <summary>Opens the run's connection; <paramref name="write"/> also starts the transaction the run commits or drops.</summary>
    public static async Task<ImportDatabase> OpenAsync(CmaRenewalDbContext db, bool write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ImportDatabase run = db.Database.IsSqlite() ? new SqliteImportDatabase(db) : new SqlServerImportDatabase(db);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await run.TuneAsync(ct);
            if (write)
            {
                run.transaction = await run.BeginAsync(db.Database.GetDbConnection(), ct);
                await db.Database.UseTransactionAsync(run.transaction, ct);
            }
            return run;
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    /// <summary>The bulk path for CE activities, inside this run's transaction when it writes.</summary>
    public ActivityWriter Activities() => new(Db, this);

    /// <summary>People whose CE the bulk path wrote, marked for the reminder planner when the run commits.</summary>
    internal HashSet<long> CeWrittenFor { get; } = [];

    public async Task CommitAsync(CancellationToken ct)
    {
        var written = transaction ?? throw new InvalidOperationException("A dry run has nothing to commit.");
        await ReminderChanges.MarkPeopleAsync(Db, CeWrittenFor, ct);
        await written.CommitAsync(ct);
    }

    /// <summary>Drops what was not committed and gives the pooled connection its defaults back.</summary>
    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await Db.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
            transaction = null;
        }
        await UntuneAsync();
        await Db.Database.CloseConnectionAsync();
        GC.SuppressFinalize(this);
    }

    private protected abstract Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken ct);

    private protected virtual Task TuneAsync(CancellationToken ct) => Task.CompletedTask;

    private protected virtual Task UntuneAsync() => Task.CompletedTask;

    /// <summary>A query answering one row or none for <paramref name="where"/>, in the provider's dialect.</summary>
    internal abstract string SelectOne(string table, string where);

    /// <summary>A date as a parameter compared with a stored date column.</summary>
    internal virtual object DateParameter(DateOnly date) => date;
}
