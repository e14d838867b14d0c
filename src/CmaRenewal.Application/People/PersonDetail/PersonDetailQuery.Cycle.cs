using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.Application.People.PersonDetail;

// The audit pack's part: one credential cycle and the engine's counting of it (detail path), judged as of the cycle's
// end (see CredentialCycle).
public sealed partial class PersonDetailQuery
{
    public static string NoSuchCycle => Text["NoSuchCycle"];

    /// <summary>
    /// The cycle's evidence; not found when there is no such credential or cycle or the caller may not see its holder
    /// (one answer for all three, so a stranger cannot learn which credential ids exist).
    /// </summary>
    public async Task<UseCaseResult<CycleEvidence>> CycleAsync(AccessScope actor, long credentialId, DateOnly? cycleStart, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await factory.CreateDbContextAsync(ct);
        if ((await PersonDetailRead.CredentialsAsync(db, c => c.Id == credentialId, ct)).SingleOrDefault() is not { } credential)
            return UseCaseResult<CycleEvidence>.NotFound(NoSuchCycle);
        var holderId = credential.PersonId;
        var person = (await PersonDetailRead.PeopleAsync(db, p => p.Id == holderId, ct)).Single();
        if (!actor.CanSeePerson(person.Id, person.ClinicId)) return UseCaseResult<CycleEvidence>.NotFound(NoSuchCycle);

        var facts = credential.ToFacts(person.ClinicLeadTimeDays);
        var cycles = CycleHistory.Of(engine, facts, engine.TodayIn(person.Zone));
        if (CycleHistory.Find(cycles, cycleStart) is not { } cycle) return UseCaseResult<CycleEvidence>.NotFound(NoSuchCycle);

        var payments = await PersonDetailRead.PaymentsAsync(db, [credential], ct);
        var activities = await PersonDetailRead.EvidenceAsync(db, [holderId], credentialId, ct);
        var renewedOn = credential.Renewals.ToDictionary(r => r.Id, r => r.RenewedOn);
        var result = engine.Evaluate(cycle.Facts, activities.Select(a => ForCycle(a, credentialId, cycle, renewedOn)), payments[credentialId], cycle.AsOf);

        var byId = activities.ToDictionary(a => a.Id);
        var counted = result.Activities.Where(c => c.Counted > 0m).Select(c => (Activity: byId[c.ActivityId], Count: c))
            .OrderBy(x => x.Activity.CompletedOn).ThenBy(x => x.Activity.Id)
            .Select(x => ToCounted(x.Activity, x.Count)).ToList();
        return UseCaseResult<CycleEvidence>.Done(new CycleEvidence(
            new EvidencePerson(person.Id, person.FullName, person.Email, person.ClinicId, person.ClinicName),
            new EvidenceCredential(credential.Id, credential.PackCode, TitleOf(credential), credential.Number),
            cycle, cycles, result, counted));
    }

    /// <summary>The engine's view of an activity for one cycle: only renewals before the cycle's own claim it away.</summary>
    private static ActivityFacts ForCycle(CeActivity activity, long credentialId, CredentialCycle cycle, Dictionary<long, DateOnly> renewedOn)
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
