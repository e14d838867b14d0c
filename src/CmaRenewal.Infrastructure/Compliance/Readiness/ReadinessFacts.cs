using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance.Readiness;

/// <summary>One credential's current cycle, judged on <see cref="AsOf"/>: whose audit readiness to count.</summary>
public sealed record ReadinessTarget(long CredentialId, CycleWindow Cycle, DateOnly AsOf);

/// <summary>A cycle's readiness counted from its CE, and the latest completion date among the CE the counts looked at.</summary>
internal sealed record CountedReadiness(AuditReadiness Readiness, DateOnly? LatestOn);

/// <summary>
/// The audit drill's counts (<see cref="AuditDrill.Readiness"/>) for many credentials, read live and lean: only the CE
/// that can be counted or found outside the window, and only the columns the counts need (no titles, no certificate
/// files). Credentials are read in batches, one round trip each, so the whole organisation never sits in memory at
/// once. Reads use the counts kept on the totals stamp instead where they serve (<see cref="KeptReadiness"/>); this is
/// the path for the others, and the one that fills the kept counts.
/// </summary>
public static class ReadinessFacts
{
    // Small enough for SQL Server's 2,100-parameter limit and a modest memory peak; large enough for few round trips.
    private const int BatchSize = 500;

    public static async Task<IReadOnlyDictionary<long, AuditReadiness>> CountAsync(
        CmaRenewalDbContext db, IReadOnlyList<ReadinessTarget> targets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var counted = await CountWithLatestAsync(db, targets, ct);
        return counted.ToDictionary(c => c.Key, c => c.Value.Readiness);
    }

    internal static async Task<Dictionary<long, CountedReadiness>> CountWithLatestAsync(
        CmaRenewalDbContext db, IReadOnlyList<ReadinessTarget> targets, CancellationToken ct)
    {
        var readiness = new Dictionary<long, CountedReadiness>(targets.Count);
        foreach (var batch in targets.Chunk(BatchSize))
        {
            var rows = (await ReadAsync(db, batch, ct)).ToLookup(r => r.CredentialId);
            foreach (var target in batch)
            {
                var (cycle, asOf) = (target.Cycle, target.AsOf);
                var linked = rows[target.CredentialId].ToList();
                var counting = ComplianceEngine.CountCe(cycle, linked.Select(r => r.Facts), asOf);
                // What the counts looked at: CE in the window, and CE outside it logged in this cycle (the drill's
                // "outside window" candidates). A read as of an earlier date would see fewer of them.
                var latest = linked.Where(r => cycle.Contains(r.Drill.CompletedOn) || r.Drill.LoggedOn >= cycle.Start)
                    .Select(r => (DateOnly?)r.Drill.CompletedOn).Max();
                readiness[target.CredentialId] = new CountedReadiness(
                    AuditDrill.Readiness(cycle, asOf, counting, [.. linked.Select(r => r.Drill)]), latest);
            }
        }
        return readiness;
    }

    // The drill never finds anything in CE completed before the earliest earning window that was also logged before the
    // earliest cycle start, nor in CE an earlier renewal claimed (in a current cycle every claim is earlier), so neither is
    // kept. Each credential then sees a superset of what can matter to it, which the engine and the drill sort out.
    private static async Task<List<Row>> ReadAsync(CmaRenewalDbContext db, ReadinessTarget[] batch, CancellationToken ct)
    {
        var ids = batch.Select(t => t.CredentialId).ToList();
        var earnFrom = batch.Min(t => t.Cycle.EarnFrom);
        var loggedFrom = DateTime.SpecifyKind(batch.Min(t => t.Cycle.Start).ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
        var linked = db.CeActivityCredentials.Where(l => ids.Contains(l.CredentialId));
        var rows = await linked.AsNoTracking()
            // Claims are filtered here, not in SQL: "ClaimedByRenewalId IS NULL" would lead SQLite to scan that index
            // (nearly every link) instead of seeking each credential's links by the primary key.
            .Join(db.CeActivities.Where(a => a.Verification != VerificationStatus.Rejected), l => l.ActivityId, a => a.Id, (l, a) => new { l, a })
            .Where(x => x.l.CompletedOn >= earnFrom || x.a.CreatedAtUtc >= loggedFrom)
            .Select(x => new
            {
                x.l.CredentialId, Claimed = x.l.ClaimedByRenewalId != null, x.a.Id, x.a.CompletedOn, x.a.CreatedAtUtc, x.a.Unit, x.a.Kind, x.a.Category, x.a.AmountHundredths,
                x.a.IsApprovedProvider, x.a.Verification, HasCertificate = x.a.Certificate != null,
            })
            .ToListAsync(ct);
        // Splits in a query of their own: few activities have any, and a flat read of the links is much cheaper than
        // a collection per row. In Id order, as CeActivity.ToFacts: the first split carries a fixed-worth item's count.
        var splits = (await db.CeActivitySplits.AsNoTracking()
                .Where(s => linked.Any(l => l.ActivityId == s.ActivityId))
                .OrderBy(s => s.Id).Select(s => new { s.ActivityId, s.Category, s.AmountHundredths }).ToListAsync(ct))
            .ToLookup(s => s.ActivityId, s => new CategoryShare(s.Category, s.AmountHundredths / 100m));
        return [.. rows.Where(r => !r.Claimed).Select(r => new Row(r.CredentialId,
            new ActivityFacts(r.Id, r.CompletedOn, r.Unit,
                splits.Contains(r.Id) ? [.. splits[r.Id]] : [new CategoryShare(r.Category, r.AmountHundredths / 100m)],
                r.IsApprovedProvider, r.Kind),
            new DrillActivity(r.Id, r.CompletedOn, DateOnly.FromDateTime(r.CreatedAtUtc), "", r.HasCertificate, r.Verification)))];
    }

    private sealed record Row(long CredentialId, ActivityFacts Facts, DrillActivity Drill);
}
