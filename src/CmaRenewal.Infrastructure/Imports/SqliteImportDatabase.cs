using System.Data.Common;
using System.Globalization;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace CmaRenewal.Infrastructure.Imports;

/// <summary>SQLite: a larger page cache for the run, and a transaction that takes the write lock when it begins.</summary>
internal sealed class SqliteImportDatabase(CmaRenewalDbContext db) : ImportDatabase(db)
{
    // BEGIN IMMEDIATE, not a deferred BEGIN: the run holds SQLite's one write lock from its checking pass to its commit,
    // so no other writer (the web app) can change a row between the check and the write, and none can fail half-way
    // with SQLITE_BUSY when our first write upgrades a read lock. Others wait (busy timeout) and then write normally.
    private protected override Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    // Rows land all over the activity and link indexes: with SQLite's default 2 MB page cache a large import into a
    // large database spends most of its time re-reading index pages.
    private protected override Task TuneAsync(CancellationToken ct) => SqlitePageCache.EnlargeAsync(Db, 65_536, ct);

    private protected override Task UntuneAsync() => SqlitePageCache.ResetAsync(Db);

    internal override string SelectOne(string table, string where) => $"SELECT 1 FROM {table} WHERE {where} LIMIT 1";

    // The text EF Core's SQLite mapping stores a DateOnly as (see BulkTable).
    internal override object DateParameter(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
