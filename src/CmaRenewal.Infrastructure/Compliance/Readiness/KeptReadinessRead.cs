using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance.Readiness;

/// <summary>The readiness counts kept on the stamps of a few credentials (a person's), for a read that judges them itself.</summary>
public static class KeptReadinessRead
{
    public static async Task<Dictionary<long, KeptReadiness>> ForAsync(CmaRenewalDbContext db, IReadOnlyList<long> credentialIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (credentialIds.Count == 0) return [];
        var stamps = await db.CeTotalsStamps.AsNoTracking().Where(s => credentialIds.Contains(s.CredentialId)).ToListAsync(ct);
        var kept = new Dictionary<long, KeptReadiness>(stamps.Count);
        foreach (var stamp in stamps)
            if (KeptReadiness.Of(stamp) is { } counted) kept[stamp.CredentialId] = counted;
        return kept;
    }
}
