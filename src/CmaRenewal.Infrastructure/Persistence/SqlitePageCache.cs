using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Persistence;

/// <summary>
/// SQLite's page cache of one connection, enlarged for a bulk write: rows that land all over large indexes make the
/// default 2 MB cache re-read index pages for nearly every row. Set back afterwards: the connection returns to the pool.
/// </summary>
internal static class SqlitePageCache
{
    private const int DefaultKibibytes = 2_000; // SQLite's own default

    // A PRAGMA takes no parameters; the value is an int formatted invariantly, which cannot carry SQL.
#pragma warning disable EF1003
    public static Task EnlargeAsync(DbContext db, int kibibytes, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -" + kibibytes.ToString(CultureInfo.InvariantCulture), ct);
#pragma warning restore EF1003

    public static Task ResetAsync(DbContext db) => EnlargeAsync(db, DefaultKibibytes, CancellationToken.None);
}
