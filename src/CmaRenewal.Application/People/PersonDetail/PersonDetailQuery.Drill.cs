using System.Linq.Expressions;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Compliance.Readiness;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.People.PersonDetail;

// The audit drill's part: every credential of the active people in scope, its current cycle judged by the engine
// (detail path, so each activity's counting is known) on its holder's today, and AuditDrill's findings.
public sealed partial class PersonDetailQuery
{
    public static string DrillIsForManagers => Text["DrillIsForManagers"];
    public static string NoSuchClinic => Text["NoSuchClinic"];

    /// <summary>
    /// Rows of <paramref name="clinicId"/>, or of every clinic the manager may see. One clinic is read at a time (in
    /// the one DbContext, untracked), so "all clinics" never holds the organisation's CE in memory at once.
    /// </summary>
    public async Task<UseCaseResult<IReadOnlyList<DrillRow>>> DrillAsync(AccessScope actor, long? clinicId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsManager) return UseCaseResult<IReadOnlyList<DrillRow>>.Forbidden(DrillIsForManagers);
        // A clinic outside the actor's scope is "not found", so its existence is not revealed.
        if (clinicId is { } asked && !actor.CanSeeClinic(asked)) return UseCaseResult<IReadOnlyList<DrillRow>>.NotFound(NoSuchClinic);
        await using var db = await factory.CreateDbContextAsync(ct);
        List<long> clinics = clinicId is { } one
            ? [one]
            : [.. (await db.Clinics.AsNoTracking().OrderBy(c => c.Name).Select(c => c.Id).ToListAsync(ct)).Where(actor.CanSeeClinic)];
        var rows = new List<DrillRow>();
        foreach (var clinic in clinics) rows.AddRange(await DrillRowsAsync(db, p => p.ClinicId == clinic && p.IsActive, null, ct));
        return UseCaseResult<IReadOnlyList<DrillRow>>.Done(rows);
    }

    /// <summary>The actor's own credentials (none for an actor who is nobody).</summary>
    public async Task<UseCaseResult<IReadOnlyList<DrillRow>>> MyDrillAsync(AccessScope actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var self = actor.PersonId;
        if (self == 0) return UseCaseResult<IReadOnlyList<DrillRow>>.Done([]);
        await using var db = await factory.CreateDbContextAsync(ct);
        return UseCaseResult<IReadOnlyList<DrillRow>>.Done(await DrillRowsAsync(db, p => p.Id == self && p.IsActive, null, ct));
    }

    /// <summary>
    /// The audit readiness of each credential in <paramref name="evaluated"/>, in the cycle and on the day its status
    /// was judged: the drill's own findings, counted (<see cref="AuditDrill.Readiness"/>), as kept on write where that
    /// serves (<see cref="CredentialCompliance.Readiness"/>), else read lean by <see cref="ReadinessFacts"/>. No access
    /// check: callers check it first, as for ComplianceQueries.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, AuditReadiness>> ReadinessAsync(IReadOnlyList<CredentialCompliance> evaluated, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(evaluated);
        if (evaluated.Count == 0) return new Dictionary<long, AuditReadiness>();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ReadinessAsync(db, evaluated, ct);
    }

    /// <summary>The same on a context the caller already holds.</summary>
    internal static async Task<IReadOnlyDictionary<long, AuditReadiness>> ReadinessAsync(
        CmaRenewalDbContext db, IReadOnlyList<CredentialCompliance> evaluated, CancellationToken ct)
    {
        var readiness = new Dictionary<long, AuditReadiness>(evaluated.Count);
        foreach (var c in evaluated)
            if (c.Readiness is { } kept) readiness[c.CredentialId] = kept;
        if (readiness.Count == evaluated.Count) return readiness;
        var live = await ReadinessFacts.CountAsync(db, [.. evaluated.Where(c => c.Readiness is null)
            .Select(c => new ReadinessTarget(c.CredentialId, c.Result.Cycle, c.Result.AsOf))], ct);
        foreach (var (id, counted) in live) readiness[id] = counted;
        return readiness;
    }

    // Whom to drill is the caller's filter (active people only). Each credential is judged on asOf, else its holder's today.
    private async Task<List<DrillRow>> DrillRowsAsync(CmaRenewalDbContext db, Expression<Func<Person, bool>> who, DateOnly? asOf, CancellationToken ct)
    {
        var people = (await PersonDetailRead.PeopleAsync(db, who, ct)).ToDictionary(p => p.Id);
        var ids = people.Keys.ToList();
        var credentials = await PersonDetailRead.CredentialsAsync(db, c => ids.Contains(c.PersonId), ct);
        var payments = await PersonDetailRead.PaymentsAsync(db, credentials, ct);
        var activities = (await PersonDetailRead.EvidenceAsync(db, ids, null, ct))
            .SelectMany(a => a.CountsToward.Select(l => (l.CredentialId, Activity: a)))
            .ToLookup(x => x.CredentialId, x => x.Activity);

        var rows = new List<DrillRow>(credentials.Count);
        foreach (var credential in credentials)
        {
            var person = people[credential.PersonId];
            var today = asOf ?? engine.TodayIn(person.Zone);
            var facts = credential.ToFacts(person.ClinicLeadTimeDays);
            var cycle = new CredentialCycle(engine.CycleOf(facts, today), facts, today, null);
            var renewedOn = credential.Renewals.ToDictionary(r => r.Id, r => r.RenewedOn);
            var linked = activities[credential.Id].DistinctBy(a => a.Id).ToList();
            var engineFacts = linked.Select(a => ForCycle(a, credential.Id, cycle, renewedOn)).ToList();
            var result = engine.Evaluate(facts, engineFacts, payments[credential.Id], today);
            var claimed = engineFacts.Where(f => f.ClaimedByEarlierRenewal).Select(f => f.Id).ToHashSet();
            var findings = AuditDrill.Findings(result, [.. linked.Select(a => new DrillActivity(
                a.Id, a.CompletedOn, DateOnly.FromDateTime(a.CreatedAtUtc), a.Title, a.Certificate is not null, a.Verification, claimed.Contains(a.Id)))]);
            rows.Add(new DrillRow(person.Id, person.FullName, person.ClinicId, person.ClinicName, credential.Id,
                credential.PackCode, cycle.Window.Start, cycle.Window.Expires, today, result.Status, findings));
        }
        return rows;
    }
}
