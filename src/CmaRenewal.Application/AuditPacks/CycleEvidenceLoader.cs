using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.AuditPacks;

/// <summary>
/// Loads one credential cycle and asks the engine about it (detail path, per-activity counting), judged as of the
/// cycle's end (see <see cref="CredentialCycle"/>). Returns null when the credential or cycle does not exist or the
/// caller may not see its holder: the two are indistinguishable on purpose.
/// </summary>
public sealed class CycleEvidenceLoader(
    IDbContextFactory<CmaRenewalDbContext> factory, ComplianceEngine engine, RuleCatalog catalog, PersonClock clock)
{
    public async Task<CycleEvidence?> LoadAsync(AccessScope access, long credentialId, DateOnly? cycleStart, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        await using var db = await factory.CreateDbContextAsync(ct);
        var credential = await db.Credentials.AsNoTracking().Include(c => c.Renewals).SingleOrDefaultAsync(c => c.Id == credentialId, ct);
        if (credential is null) return null;
        var person = await db.People.AsNoTracking().Where(p => p.Id == credential.PersonId)
            .Select(p => new
            {
                p.Id, p.FirstName, p.LastName, p.Email, p.ClinicId,
                Clinic = db.Clinics.Where(c => c.Id == p.ClinicId).Select(c => c.Name).FirstOrDefault(),
                LeadTime = db.Clinics.Where(c => c.Id == p.ClinicId).Select(c => c.CeLeadTimeDays).FirstOrDefault(),
            })
            .SingleAsync(ct);
        if (!access.CanSeePerson(person.Id, person.ClinicId)) return null;

        var facts = credential.ToFacts(person.LeadTime);
        var cycles = CycleHistory.Of(engine, facts, await clock.TodayForAsync(person.Id, ct));
        if (CycleHistory.Find(cycles, cycleStart) is not { } cycle) return null;

        var payments = await db.FeePayments.AsNoTracking().Where(f => f.CredentialId == credentialId).ToListAsync(ct);
        // Rejected CE never counts (the SQL totals path leaves it out the same way).
        var activities = await db.CeActivities.AsNoTracking().Include(a => a.Splits).Include(a => a.CountsToward).AsSplitQuery()
            // The holder's own activities first (an index range), then the link: the other way round scans every activity.
            .Where(a => a.PersonId == credential.PersonId)
            .Where(a => a.Verification != VerificationStatus.Rejected && a.CountsToward.Any(l => l.CredentialId == credentialId))
            .ToListAsync(ct);
        var renewedOn = credential.Renewals.ToDictionary(r => r.Id, r => r.RenewedOn);
        var result = engine.Evaluate(cycle.Facts, activities.Select(a => ForCycle(a, credentialId, cycle, renewedOn)),
            payments.Select(p => p.ToFacts()), cycle.AsOf);

        var byId = activities.ToDictionary(a => a.Id);
        var counted = result.Activities.Where(c => c.Counted > 0m).Select(c => (Activity: byId[c.ActivityId], Count: c))
            .OrderBy(x => x.Activity.CompletedOn).ThenBy(x => x.Activity.Id)
            .Select(x => ToCounted(x.Activity, x.Count)).ToList();
        var title = catalog.TryGet(credential.PackCode, out var pack) ? pack.Title : credential.PackCode;
        return new CycleEvidence(
            new EvidencePerson(person.Id, $"{person.FirstName} {person.LastName}", person.Email, person.ClinicId, person.Clinic ?? ""),
            new EvidenceCredential(credential.Id, credential.PackCode, title, credential.Number),
            cycle, cycles, result, counted);
    }

    /// <summary>The engine's view of an activity for one cycle: only renewals before the cycle's own claim it away.</summary>
    public static ActivityFacts ForCycle(CeActivity activity, long credentialId, CredentialCycle cycle, IReadOnlyDictionary<long, DateOnly> renewedOn)
    {
        var claim = activity.CountsToward.FirstOrDefault(l => l.CredentialId == credentialId)?.ClaimedByRenewalId;
        DateOnly? claimedOn = claim is { } id && renewedOn.TryGetValue(id, out var on) ? on : null;
        return activity.ToFacts(credentialId) with { ClaimedByEarlierRenewal = cycle.ClaimedEarlier(claimedOn) };
    }

    private static CountedActivity ToCounted(CeActivity a, ActivityCount count) =>
        new(a.Id, a.CompletedOn, a.Title, a.Provider, a.Amount, a.Unit,
            a.IsSplit ? string.Join(", ", a.Splits.Select(s => $"{s.Category} {StillNeed.Format(s.AmountHundredths / 100m)}")) : a.Category ?? "—",
            a.IsApprovedProvider, a.Verification, a.Certificate, count.Worth, count.Counted);
}
