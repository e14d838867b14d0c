using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.People.PersonDetail;

/// <summary>The dates of one credential's current cycle in which CE can count.</summary>
internal sealed record CycleSpan(long CredentialId, DateOnly From, DateOnly Through);

/// <summary>
/// The CE that can count toward each credential's current cycle, as bare facts (no titles, certificates or tracking):
/// what the engine needs to judge the card and to explain, in date order, how much of each entry on the page counts.
/// Entries outside the window, rejected or claimed by an earlier renewal cannot count, so they are never read.
/// </summary>
internal static class WindowFacts
{
    /// <summary>
    /// Every credential's window in two round trips (rows, then splits), not two per credential: SQL reads the links
    /// of all of them over the span that covers every window, and each link is then kept only inside its own window.
    /// </summary>
    public static async Task<ILookup<long, ActivityFacts>> LoadAsync(CmaRenewalDbContext db, IReadOnlyList<CycleSpan> spans, CancellationToken ct)
    {
        if (spans.Count == 0) return Array.Empty<ActivityFacts>().ToLookup(_ => 0L);
        var ids = spans.Select(s => s.CredentialId).ToList();
        var (from, through) = (spans.Min(s => s.From), spans.Max(s => s.Through));
        var links = db.CeActivityCredentials.AsNoTracking().Where(l => ids.Contains(l.CredentialId)
            && l.ClaimedByRenewalId == null && l.CompletedOn >= from && l.CompletedOn <= through);
        var rows = await links
            .Join(db.CeActivities.Where(a => a.Verification != VerificationStatus.Rejected), l => l.ActivityId, a => a.Id,
                (l, a) => new { l.CredentialId, LinkedOn = l.CompletedOn, a.Id, a.CompletedOn, a.Unit, a.Kind, a.Category, a.AmountHundredths, a.IsApprovedProvider })
            .ToListAsync(ct);
        var splits = (await db.CeActivitySplits.AsNoTracking()
                .Where(s => links.Any(l => l.ActivityId == s.ActivityId))
                // In Id order, as CeActivity.ToFacts and the totals query: the first split carries a fixed-worth item's count.
                .OrderBy(s => s.Id)
                .Select(s => new { s.ActivityId, s.Category, s.AmountHundredths }).ToListAsync(ct))
            .ToLookup(s => s.ActivityId, s => new CategoryShare(s.Category, s.AmountHundredths / 100m));
        var spanOf = spans.ToDictionary(s => s.CredentialId);
        return rows.Where(r => spanOf[r.CredentialId] is var s && r.LinkedOn >= s.From && r.LinkedOn <= s.Through)
            .ToLookup(r => r.CredentialId, r => new ActivityFacts(r.Id, r.CompletedOn, r.Unit,
                splits[r.Id].Any() ? [.. splits[r.Id]] : [new CategoryShare(r.Category, r.AmountHundredths / 100m)],
                r.IsApprovedProvider, r.Kind));
    }
}
