using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance.Readiness;
using CmaRenewal.Infrastructure.Persistence;

namespace CmaRenewal.Application.People.PersonDetail;

/// <summary>
/// One person's audit readiness beside the engine's results: the counts kept on write where they serve the cycle and
/// day each result was judged on, the live count (<see cref="ReadinessFacts"/>) for the others.
/// </summary>
internal static class PersonReadiness
{
    public static async Task<IReadOnlyDictionary<long, AuditReadiness>> CountAsync(
        CmaRenewalDbContext db, IReadOnlyList<ComplianceResult> results, CancellationToken ct)
    {
        var kept = await KeptReadinessRead.ForAsync(db, [.. results.Select(r => r.CredentialId)], ct);
        var readiness = new Dictionary<long, AuditReadiness>(results.Count);
        var live = new List<ReadinessTarget>();
        foreach (var result in results)
        {
            if (kept.TryGetValue(result.CredentialId, out var counted) && counted.ServesFor(result.Cycle, result.AsOf))
                readiness[result.CredentialId] = counted.Judge(result);
            else live.Add(new ReadinessTarget(result.CredentialId, result.Cycle, result.AsOf));
        }
        if (live.Count > 0)
            foreach (var (id, counted) in await ReadinessFacts.CountAsync(db, live, ct)) readiness[id] = counted;
        return readiness;
    }
}
