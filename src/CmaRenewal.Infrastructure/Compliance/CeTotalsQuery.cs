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
internal static class CeTotalsQuery
{
    private const string Aggregate = """
        SELECT l.CredentialId AS CredentialId, a.Unit AS Unit, COALESCE(s.Category, a.Category) AS Category,
               a.IsApprovedProvider AS ApprovedProvider, a.Kind AS Kind,
               SUM(COALESCE(s.AmountHundredths, a.AmountHundredths)) AS AmountHundredths, COUNT(*) AS Count
        FROM {window} w
        JOIN CeActivityCredentials l ON l.CredentialId = w.CredentialId
        JOIN CeActivities a ON a.Id = l.ActivityId
        LEFT JOIN CeActivitySplits s ON s.ActivityId = a.Id
        WHERE l.ClaimedByRenewalId IS NULL AND a.Verification <> 'Rejected'
          AND a.CompletedOn >= w.EarnFrom AND a.CompletedOn <= w.EarnThrough
        GROUP BY l.CredentialId, a.Unit, COALESCE(s.Category, a.Category), a.IsApprovedProvider, a.Kind
        """;

    public static async Task<ILookup<long, CeTotal>> RunAsync(
        CmaRenewalDbContext db, IEnumerable<(long CredentialId, CycleWindow Cycle)> windows, DateOnly asOf, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        var table = sqlite ? "temp.cma_window" : "#cma_window";
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync(sqlite
                ? "CREATE TEMP TABLE IF NOT EXISTS cma_window (CredentialId INTEGER PRIMARY KEY, EarnFrom TEXT NOT NULL, EarnThrough TEXT NOT NULL); DELETE FROM temp.cma_window;"
                : "IF OBJECT_ID('tempdb..#cma_window') IS NULL CREATE TABLE #cma_window (CredentialId bigint PRIMARY KEY, EarnFrom date NOT NULL, EarnThrough date NOT NULL); DELETE FROM #cma_window;", ct);
            await FillAsync(db, table, windows, asOf, ct);
            var rows = await db.Database.SqlQueryRaw<CeTotalRow>(Aggregate.Replace("{window}", table, StringComparison.Ordinal)).ToListAsync(ct);
            return rows.ToLookup(r => r.CredentialId,
                r => new CeTotal(r.Unit, r.Category, r.ApprovedProvider, r.Kind, r.AmountHundredths / 100m, r.Count));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Multi-row INSERTs of literal dates and ids (all generated here, none typed by a user): far fewer round trips
    // than one statement per credential, and no parameter-count limit.
    private static async Task FillAsync(
        CmaRenewalDbContext db, string table, IEnumerable<(long CredentialId, CycleWindow Cycle)> windows, DateOnly asOf, CancellationToken ct)
    {
        foreach (var chunk in windows.Chunk(500))
        {
            var sql = new StringBuilder($"INSERT INTO {table} (CredentialId, EarnFrom, EarnThrough) VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                var (id, cycle) = chunk[i];
                var through = cycle.EarnThrough < asOf ? cycle.EarnThrough : asOf;
                sql.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                    $"({id},'{cycle.EarnFrom:yyyy-MM-dd}','{through:yyyy-MM-dd}')");
            }
#pragma warning disable EF1002 // Only integers and formatted dates computed above are interpolated.
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), ct);
#pragma warning restore EF1002
        }
    }

    private sealed record CeTotalRow(long CredentialId, string Unit, string? Category, bool ApprovedProvider, string Kind, long AmountHundredths, int Count);
}
