using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.MyCredentials.History;

/// <summary>
/// The CE that can count toward one credential's current cycle, as bare facts (no titles, certificates or tracking):
/// what the engine needs to judge the card and to explain, in date order, how much of each entry on the page counts.
/// Entries outside the window, rejected or claimed by an earlier renewal cannot count, so they are never read.
/// </summary>
internal static class WindowFacts
{
    public static async Task<List<ActivityFacts>> LoadAsync(
        CmaRenewalDbContext db, long credentialId, DateOnly from, DateOnly through, CancellationToken ct)
    {
        var links = db.CeActivityCredentials.AsNoTracking().Where(l => l.CredentialId == credentialId
            && l.ClaimedByRenewalId == null && l.CompletedOn >= from && l.CompletedOn <= through);
        var rows = await links
            .Join(db.CeActivities.Where(a => a.Verification != VerificationStatus.Rejected), l => l.ActivityId, a => a.Id,
                (l, a) => new { a.Id, a.CompletedOn, a.Unit, a.Kind, a.Category, a.AmountHundredths, a.IsApprovedProvider })
            .ToListAsync(ct);
        var splits = (await db.CeActivitySplits.AsNoTracking()
                .Where(s => links.Any(l => l.ActivityId == s.ActivityId))
                .Select(s => new { s.ActivityId, s.Category, s.AmountHundredths }).ToListAsync(ct))
            .ToLookup(s => s.ActivityId, s => new CategoryShare(s.Category, s.AmountHundredths / 100m));
        return [.. rows.Select(r => new ActivityFacts(r.Id, r.CompletedOn, r.Unit,
            splits[r.Id].Any() ? [.. splits[r.Id]] : [new CategoryShare(r.Category, r.AmountHundredths / 100m)],
            r.IsApprovedProvider, r.Kind))];
    }
}
