using System.Globalization;
using System.Text;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>
/// Sums CE per credential inside each credential's own earning window, in SQL: the windows (computed by the engine)
/// go into a temporary table that the aggregate joins, so no activity row leaves the database.
/// </summary>
/// <summary>A credential's earning window, cut off at the date it is judged on.</summary>
internal sealed record CeWindow(long CredentialId, CycleWindow Cycle, DateOnly AsOf);

internal static class CeTotalsQuery
{
    // Two join orders for one aggregate. A few credentials (a clinic, a person): walk the window table and seek
    // each credential's links by primary key (CROSS JOIN fixes that order in SQLite). The whole organisation: scan
    // every link once, as the plain aggregate would, and look each window up.
    private const string Columns = """
        SELECT l.CredentialId AS CredentialId, a.Unit AS Unit, COALESCE(s.Category, a.Category) AS Category,
               a.IsApprovedProvider AS ApprovedProvider, a.Kind AS Kind,
               SUM(COALESCE(s.AmountHundredths, a.AmountHundredths)) AS AmountHundredths, COUNT(*) AS Count
        """;

    private const string Joins = """
        JOIN CeActivities a ON a.Id = l.ActivityId
        LEFT JOIN CeActivitySplits s ON s.ActivityId = a.Id
        WHERE l.CredentialId = w.CredentialId AND l.ClaimedByRenewalId IS NULL AND a.Verification <> 'Rejected'
          AND l.CompletedOn >= w.EarnFrom AND l.CompletedOn <= w.EarnThrough
        """;

    private const string GroupBy = "GROUP BY l.CredentialId, a.Unit, COALESCE(s.Category, a.Category), a.IsApprovedProvider, a.Kind";

    private const int FewCredentials = 2_000;

    // Past this many credentials the organisation's aggregate is split by credential id range over several
    // connections at once (SQLite's WAL and SQL Server both serve concurrent readers), one per core.
    private const int SplitAbove = 4_000;

    private static string Aggregate(string window, int credentials, (long First, long Last)? range)
    {
        var from = credentials <= FewCredentials
            ? $"FROM {window} w CROSS JOIN CeActivityCredentials l"
            : $"FROM CeActivityCredentials l JOIN {window} w ON w.CredentialId = l.CredentialId";
        var within = range is { } r ? FormattableString.Invariant($" AND l.CredentialId BETWEEN {r.First} AND {r.Last}") : "";
        return $"{Columns} {from} {Joins}{within} {GroupBy}";
    }

    /// <summary>
    /// Totals for many windows: one query for a clinic; for the organisation, contiguous credential ranges summed in
    /// parallel, each on its own context from <paramref name="factory"/>.
    /// </summary>
    public static async Task<Dictionary<long, List<CeTotal>>> RunAsync(
        IDbContextFactory<CmaRenewalDbContext> factory, IReadOnlyList<CeWindow> windows, CancellationToken ct)
    {
        var parts = windows.Count <= SplitAbove ? 1 : Math.Clamp(Environment.ProcessorCount, 2, 4);
        var ordered = parts == 1 ? windows : [.. windows.OrderBy(w => w.CredentialId)];
        var size = (ordered.Count + parts - 1) / parts;
        var results = await Task.WhenAll(Enumerable.Range(0, parts).Select(async i =>
        {
            var part = ordered.Skip(i * size).Take(size).ToList();
            if (part.Count == 0) return [];
            await using var db = await factory.CreateDbContextAsync(ct);
            return await RunAsync(db, part, parts == 1 ? null : (part[0].CredentialId, part[^1].CredentialId), ct);
        }));
        if (results.Length == 1) return results[0];
        var merged = new Dictionary<long, List<CeTotal>>();
        foreach (var result in results)
            foreach (var (id, totals) in result) merged[id] = totals;
        return merged;
    }

    private static async Task<Dictionary<long, List<CeTotal>>> RunAsync(
        CmaRenewalDbContext db, IReadOnlyList<CeWindow> windows, (long First, long Last)? range, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        var table = sqlite ? "temp.cma_window" : "#cma_window";
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync(sqlite
                ? "CREATE TEMP TABLE IF NOT EXISTS cma_window (CredentialId INTEGER PRIMARY KEY, EarnFrom TEXT NOT NULL, EarnThrough TEXT NOT NULL); DELETE FROM temp.cma_window;"
                : "IF OBJECT_ID('tempdb..#cma_window') IS NULL CREATE TABLE #cma_window (CredentialId bigint PRIMARY KEY, EarnFrom date NOT NULL, EarnThrough date NOT NULL); DELETE FROM #cma_window;", ct);
            var count = await FillAsync(db, table, windows, ct);
            return await ReadAsync(db, Aggregate(table, count, range), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Multi-row INSERTs of literal dates and ids (all generated here, none typed by a user): far fewer round trips
    // than one statement per credential, and no parameter-count limit.
    private static async Task<int> FillAsync(
        CmaRenewalDbContext db, string table, IEnumerable<CeWindow> windows, CancellationToken ct)
    {
        var count = 0;
        foreach (var chunk in windows.Chunk(500))
        {
            count += chunk.Length;
            var sql = new StringBuilder($"INSERT INTO {table} (CredentialId, EarnFrom, EarnThrough) VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                var (id, cycle, asOf) = chunk[i];
                var through = cycle.EarnThrough < asOf ? cycle.EarnThrough : asOf;
                sql.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                    $"({id},'{cycle.EarnFrom:yyyy-MM-dd}','{through:yyyy-MM-dd}')");
            }
#pragma warning disable EF1002 // Only integers and formatted dates computed above are interpolated.
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), ct);
#pragma warning restore EF1002
        }
        return count;
    }

    // A plain reader: the organisation's aggregate returns hundreds of thousands of small rows.
    private static async Task<Dictionary<long, List<CeTotal>>> ReadAsync(CmaRenewalDbContext db, string sql, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
#pragma warning disable CA2100 // The SQL is built from constants only.
        command.CommandText = sql;
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync(ct);
        var totals = new Dictionary<long, List<CeTotal>>();
        while (await reader.ReadAsync(ct))
        {
            var credentialId = reader.GetInt64(0);
            if (!totals.TryGetValue(credentialId, out var list)) totals[credentialId] = list = [];
            list.Add(new CeTotal(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3),
                reader.GetString(4), reader.GetInt64(5) / 100m, reader.GetInt32(6)));
        }
        return totals;
    }
}
