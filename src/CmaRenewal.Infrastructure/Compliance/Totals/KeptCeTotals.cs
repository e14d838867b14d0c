using System.Data.Common;
using System.Globalization;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Compliance.Readiness;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance.Totals;

/// <summary>
/// CE totals for a read: the kept ones for each credential whose stamp is the window the engine chose for the as-of
/// date and counts nothing after that date; the read-time aggregate (<see cref="CeTotalsQuery"/>) for the others
/// (another as-of date, a cycle that rolled over, a write whose refresh has not run).
/// </summary>
internal static class KeptCeTotals
{
    /// <summary>The totals of every window, and the kept audit readiness of those whose stamp carries it.</summary>
    /// <param name="db">The context to read with.</param>
    /// <param name="windows">The windows the engine chose, one per credential judged.</param>
    /// <param name="everyKept">Every credential's kept totals, when the caller read them already (<see cref="ReadEveryAsync"/>).</param>
    /// <param name="ct">Cancels the reads.</param>
    public static async Task<(Dictionary<long, WindowTotals> Totals, Dictionary<long, KeptReadiness> Readiness)> ReadAsync(
        CmaRenewalDbContext db, IReadOnlyList<CeWindow> windows, KeptSet? everyKept, CancellationToken ct)
    {
        var kept = everyKept?.Rows ?? await ReadKeptAsync(db, windows, ct);
        var totals = new Dictionary<long, WindowTotals>(windows.Count);
        var readiness = new Dictionary<long, KeptReadiness>(windows.Count);
        var live = new List<CeWindow>();
        var trimmed = new List<(CeWindow Window, Kept Stored)>();
        foreach (var window in windows)
        {
            if (kept.TryGetValue(window.CredentialId, out var stored) && stored.ServesFor(window)) totals[window.CredentialId] = stored.Totals;
            else if (stored is not null && stored.ServesTrimmed(window)) trimmed.Add((window, stored));
            else live.Add(window);
            if (stored?.Readiness is { } counted) readiness[window.CredentialId] = counted;
        }
        if (trimmed.Count > 0) live.AddRange(await TrimAsync(db, trimmed, totals, ct));
        if (live.Count > 0)
            foreach (var (id, list) in await CeTotalsQuery.RunAsync(db, live, ct)) totals[id] = new WindowTotals(list);
        return (totals, readiness);
    }

    /// <summary>
    /// The windows whose kept totals also count CE completed after the as-of date (a holder whose today is behind the
    /// latest CE's date, or a look a few days back): the kept totals less what was completed after that date, summed
    /// live over those few days only. Totals are sums per key, so the subtraction is exact. Answers the windows whose
    /// kept totals do not cover what was subtracted (a write whose refresh has not run): they are summed live in full.
    /// </summary>
    private static async Task<List<CeWindow>> TrimAsync(
        CmaRenewalDbContext db, List<(CeWindow Window, Kept Stored)> trimmed, Dictionary<long, WindowTotals> totals, CancellationToken ct)
    {
        var after = await CeTotalsQuery.RunAsync(db, [.. trimmed.Select(t => t.Window.After())], ct);
        List<CeWindow> unserved = [];
        var texts = new TextPool();
        foreach (var (window, stored) in trimmed)
        {
            if (Subtract(stored.Totals.ToList(texts), after.GetValueOrDefault(window.CredentialId)) is { } left)
                totals[window.CredentialId] = new WindowTotals(left);
            else unserved.Add(window);
        }
        return unserved;
    }

    // Null when a key to subtract is not kept or would go below zero: the kept totals are not the window's.
    private static List<CeTotal>? Subtract(List<CeTotal> kept, List<CeTotal>? after)
    {
        if (after is null) return kept;
        var left = new List<CeTotal>(kept.Count);
        var used = 0;
        foreach (var total in kept)
        {
            var amount = total.Amount;
            var count = total.Count;
            foreach (var later in after)
            {
                if (!SameKey(total, later)) continue;
                (amount, count, used) = (amount - later.Amount, count - later.Count, used + 1);
            }
            if (amount < 0 || count < 0) return null;
            if (amount != 0 || count != 0) left.Add(total with { Amount = amount, Count = count });
        }
        return used == after.Count ? left : null;
    }

    private static bool SameKey(CeTotal a, CeTotal b) =>
        a.ApprovedProvider == b.ApprovedProvider && string.Equals(a.Unit, b.Unit, StringComparison.Ordinal)
        && string.Equals(a.Category, b.Category, StringComparison.Ordinal) && string.Equals(a.Kind, b.Kind, StringComparison.Ordinal);

    /// <summary>
    /// Every credential's kept totals on a context of its own: what the whole organisation's read needs does not depend
    /// on its headers, so it runs beside them (each is one core's work).
    /// </summary>
    public static async Task<KeptSet> ReadEveryAsync(IDbContextFactory<CmaRenewalDbContext> factory, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return new KeptSet(await ReadKeptAsync(db, windows: null, ct));
    }

    // One statement, so stamps and rows come from one snapshot. A clinic lists its credentials; the organisation
    // reads the whole table (a scan beats thousands of seeks). Units, categories and kinds are a handful of texts
    // repeated on every row: one instance of each is kept, so the hundreds of thousands of totals share them. SQLite's
    // packed totals stay packed until the engine reads them (WindowTotals).
    // Null windows: every stamp.
    private static async Task<Dictionary<long, Kept>> ReadKeptAsync(CmaRenewalDbContext db, IReadOnlyList<CeWindow>? windows, CancellationToken ct)
    {
        var kept = new Dictionary<long, Kept>(windows?.Count ?? 0);
        if (windows?.Count == 0) return kept;
        var texts = new TextPool();
        var packed = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
#pragma warning disable CA2100 // Constants and generated integer ids only.
            command.CommandText = packed ? PackedStatement(windows) : ReadStatement(windows);
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync(ct);
            Kept? current = null;
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetInt64(0);
                if (packed)
                {
                    kept[id] = current = Kept.Read(reader, id, PackedReadinessAt);
                    if (!reader.IsDBNull(4)) current.Packed = reader.GetString(4);
                    continue;
                }
                if (current is null || current.CredentialId != id) kept[id] = current = Kept.Read(reader, id, RowReadinessAt);
                if (reader.IsDBNull(4)) continue;
                var category = reader.GetString(5);
                current.Summed.Add(new CeTotal(texts.Of(reader.GetString(4)), category.Length == 0 ? null : texts.Of(category),
                    reader.GetBoolean(6), texts.Of(reader.GetString(7)), reader.GetInt64(8) / 100m, reader.GetInt32(9)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return kept;
    }

    private static string Filter(IReadOnlyList<CeWindow>? windows) => windows is not null && windows.Count <= CeTotalsQuery.FewCredentials
        ? $"WHERE s.CredentialId IN ({string.Join(',', windows.Select(w => w.CredentialId.ToString(CultureInfo.InvariantCulture)))})"
        : "";

    // SQLite: one row per credential, its totals packed into one text in key order (the order the row-per-total read
    // gives). The organisation's read then makes 30,000 rows of five values instead of 265,000 of ten: column reads,
    // not SQLite, were most of its time. The text packed on write serves when there; packing 265,000 rows at read time
    // took SQLite itself 400 ms.
    internal static string PackedStatement(IReadOnlyList<CeWindow>? windows) => $"""
        SELECT s.CredentialId, s.EarnFrom, s.EarnThrough, s.LatestCompletedOn,
               COALESCE(s.PackedTotals, ({PackedTotals.Statement("s.CredentialId")})),
               {ReadinessColumns}
        FROM CeTotalsStamps s
        {Filter(windows)}
        ORDER BY s.CredentialId
        """;

    // The stamp's kept audit readiness, after the totals' columns: the packed read has one totals column, the other six.
    private const string ReadinessColumns =
        "s.ReadinessCycleStart, s.ReadinessRulesVersion, s.ReadinessLatestOn, s.MissingCertificates, s.Unverified, s.OutsideWindow";
    private const int PackedReadinessAt = 5;
    private const int RowReadinessAt = 10;

    internal static string ReadStatement(IReadOnlyList<CeWindow>? windows)
    {
        var filter = Filter(windows);
        return $"""
            SELECT s.CredentialId, s.EarnFrom, s.EarnThrough, s.LatestCompletedOn,
                   t.Unit, t.Category, t.ApprovedProvider, t.Kind, t.AmountHundredths, t.Count,
                   {ReadinessColumns}
            FROM CeTotalsStamps s LEFT JOIN CeCredentialTotals t ON t.CredentialId = s.CredentialId
            {filter}
            ORDER BY s.CredentialId
            """;
    }

    internal sealed record Kept(long CredentialId, DateOnly EarnFrom, DateOnly EarnThrough, DateOnly? LatestCompletedOn, KeptReadiness? Readiness)
    {
        /// <summary>The totals read one row each (every provider but SQLite).</summary>
        public List<CeTotal> Summed { get; } = [];

        /// <summary>SQLite: the totals packed in one text, read when the engine needs them.</summary>
        public string? Packed { get; set; }

        public WindowTotals Totals => Packed is null ? new WindowTotals(Summed) : new WindowTotals(Packed);

        public static Kept Read(DbDataReader reader, long id, int r)
        {
            var (from, through) = (ColumnDates.Read(reader, 1), ColumnDates.Read(reader, 2));
            return new(id, from, through, ColumnDates.ReadOrNull(reader, 3), reader.IsDBNull(r) || reader.IsDBNull(r + 1) ? null
                : new KeptReadiness(from, through, ColumnDates.Read(reader, r), reader.GetInt32(r + 1), ColumnDates.ReadOrNull(reader, r + 2),
                    reader.GetInt32(r + 3), reader.GetInt32(r + 4), reader.GetInt32(r + 5)));
        }

        // Kept rows sum the whole window; they equal the window cut at the as-of date when nothing counted lies after it.
        public bool ServesFor(CeWindow window) =>
            SameWindow(window) && (LatestCompletedOn is null || LatestCompletedOn <= window.AsOf);

        // The same window judged before its latest CE: kept totals less the days after the as-of date.
        public bool ServesTrimmed(CeWindow window) => SameWindow(window) && window.AsOf >= EarnFrom && window.AsOf < EarnThrough;

        private bool SameWindow(CeWindow window) => EarnFrom == window.Cycle.EarnFrom && EarnThrough == window.Cycle.EarnThrough;
    }

    /// <summary>Kept totals read ahead of their windows (<see cref="ReadEveryAsync"/>).</summary>
    internal sealed record KeptSet(Dictionary<long, Kept> Rows);
}
