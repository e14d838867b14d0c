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
internal sealed record CeWindow(long CredentialId, CycleWindow Cycle, DateOnly AsOf)
{
    /// <summary>The days of this window after its as-of date, through the window's end.</summary>
    public CeWindow After() => new(CredentialId, Cycle with { EarnFrom = AsOf.AddDays(1) }, Cycle.EarnThrough);
}

internal static class CeTotalsQuery
{
    // A split activity is one activity: its first split (as entered) carries its count and the others none, as the
    // per-activity path counts it, so a split CPR card is one card toward the cap, not one per category. The
    // derived table is a subquery outside the SUM because SQL Server allows none inside an aggregate.
    // Two join orders for one aggregate. A few credentials (a clinic, a person): walk the window table and seek
    // each credential's links by primary key (CROSS JOIN fixes that order in SQLite). The whole organisation: scan
    // every link once, as the plain aggregate would, and look each window up.
    private const string Columns = """
        SELECT l.CredentialId AS CredentialId, a.Unit AS Unit, COALESCE(s.Category, a.Category) AS Category,
               a.IsApprovedProvider AS ApprovedProvider, a.Kind AS Kind,
               SUM(COALESCE(s.AmountHundredths, a.AmountHundredths)) AS AmountHundredths,
               SUM(CASE WHEN s.Id IS NULL OR s.Id = f.FirstId THEN 1 ELSE 0 END) AS Count
        """;

    /// <summary>The links of window <c>w</c>'s credential that count (as link <c>l</c> of activity <c>a</c>).</summary>
    internal const string Counted = """
        l.CredentialId = w.CredentialId AND l.ClaimedByRenewalId IS NULL AND a.Verification <> 'Rejected' AND a.DeletedAtUtc IS NULL
          AND l.CompletedOn >= w.EarnFrom AND l.CompletedOn <= w.EarnThrough
        """;

    private const string Joins = $"""
        JOIN CeActivities a ON a.Id = l.ActivityId
        LEFT JOIN CeActivitySplits s ON s.ActivityId = a.Id
        LEFT JOIN (SELECT ActivityId, MIN(Id) AS FirstId FROM CeActivitySplits GROUP BY ActivityId) f ON f.ActivityId = a.Id
        WHERE {Counted}
        """;

    private const string GroupBy = "GROUP BY l.CredentialId, a.Unit, COALESCE(s.Category, a.Category), a.IsApprovedProvider, a.Kind";

    internal const int FewCredentials = 2_000;

    internal static string WindowTable(bool sqlite) => sqlite ? "temp.cma_window" : "#cma_window";

    internal static string CreateWindowTable(bool sqlite) => sqlite
        ? "CREATE TEMP TABLE IF NOT EXISTS cma_window (CredentialId INTEGER PRIMARY KEY, EarnFrom TEXT NOT NULL, EarnThrough TEXT NOT NULL); DELETE FROM temp.cma_window;"
        : "IF OBJECT_ID('tempdb..#cma_window') IS NULL CREATE TABLE #cma_window (CredentialId bigint PRIMARY KEY, EarnFrom date NOT NULL, EarnThrough date NOT NULL); DELETE FROM #cma_window;";

    internal static string Aggregate(string window, int credentials)
    {
        var from = credentials <= FewCredentials
            ? $"FROM {window} w CROSS JOIN CeActivityCredentials l"
            : $"FROM CeActivityCredentials l JOIN {window} w ON w.CredentialId = l.CredentialId";
        return $"{Columns} {from} {Joins} {GroupBy}";
    }

    public static async Task<Dictionary<long, List<CeTotal>>> RunAsync(
        CmaRenewalDbContext db, IReadOnlyList<CeWindow> windows, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        var table = WindowTable(sqlite);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync(CreateWindowTable(sqlite), ct);
            var count = await FillAsync(db, table, windows, ct);
            return await ReadAsync(db, Aggregate(table, count), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Multi-row INSERTs of literal dates and ids (all generated here, none typed by a user): far fewer round trips
    // than one statement per credential, and no parameter-count limit.
    internal static async Task<int> FillAsync(
        CmaRenewalDbContext db, string table, IEnumerable<CeWindow> windows, CancellationToken ct)
    {
        var count = 0;
        foreach (var chunk in windows.Chunk(500))
        {
            count += chunk.Length;
#pragma warning disable EF1002 // Only integers and formatted dates computed by FillStatement are interpolated.
            await db.Database.ExecuteSqlRawAsync(FillStatement(table, chunk), ct);
#pragma warning restore EF1002
        }
        return count;
    }

    internal static string FillStatement(string table, IReadOnlyList<CeWindow> chunk)
    {
        var sql = new StringBuilder($"INSERT INTO {table} (CredentialId, EarnFrom, EarnThrough) VALUES ");
        for (var i = 0; i < chunk.Count; i++)
        {
            var (id, cycle, asOf) = chunk[i];
            var through = cycle.EarnThrough < asOf ? cycle.EarnThrough : asOf;
            sql.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                $"({id},'{cycle.EarnFrom:yyyy-MM-dd}','{through:yyyy-MM-dd}')");
        }
        return sql.ToString();
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
