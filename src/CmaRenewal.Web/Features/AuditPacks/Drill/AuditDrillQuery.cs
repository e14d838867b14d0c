using CmaRenewal.Application.AuditPacks;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.AuditPacks.Drill;

/// <summary>
/// The audit drill's rows: every credential of the active people in scope, its current cycle judged by the engine
/// (detail path, so each activity's counting is known) on its holder's today, and <see cref="AuditDrill"/>'s findings.
/// One clinic is loaded at a time, so "all clinics" never holds the organisation's CE in memory at once.
/// </summary>
public sealed class AuditDrillQuery(IDbContextFactory<CmaRenewalDbContext> factory, ComplianceEngine engine)
{
    /// <summary>Rows of <paramref name="clinicId"/>, or of every clinic the manager may see; null when that clinic is not visible.</summary>
    public async Task<IReadOnlyList<DrillRow>?> ForClinicsAsync(AccessScope access, long? clinicId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsManager || clinicId is { } id && !access.CanSeeClinic(id)) return null;
        List<long> clinics;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            clinics = clinicId is { } one
                ? [one]
                : [.. (await db.Clinics.AsNoTracking().OrderBy(c => c.Name).Select(c => c.Id).ToListAsync(ct)).Where(access.CanSeeClinic)];
        }
        var rows = new List<DrillRow>();
        foreach (var clinic in clinics) rows.AddRange(await LoadAsync(p => p.ClinicId == clinic, ct));
        return rows;
    }

    /// <summary>The signed-in person's own credentials.</summary>
    public Task<List<DrillRow>> ForSelfAsync(AccessScope access, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        var self = access.PersonId;
        return self == 0 ? Task.FromResult(new List<DrillRow>()) : LoadAsync(p => p.Id == self, ct);
    }

    private async Task<List<DrillRow>> LoadAsync(System.Linq.Expressions.Expression<Func<Core.People.Person, bool>> who, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var people = await db.People.AsNoTracking().Where(who).Where(p => p.IsActive)
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { p.Id, p.FirstName, p.LastName, p.ClinicId, Clinic = c.Name, Zone = p.TimeZone ?? c.TimeZone, c.CeLeadTimeDays })
            .ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var credentials = await db.Credentials.AsNoTracking().Include(c => c.Renewals).Where(c => ids.Contains(c.PersonId))
            .OrderBy(c => c.PersonId).ThenBy(c => c.Id).ToListAsync(ct);
        var credentialIds = credentials.Select(c => c.Id).ToList();
        var payments = (await db.FeePayments.AsNoTracking().Where(f => credentialIds.Contains(f.CredentialId)).ToListAsync(ct))
            .ToLookup(f => f.CredentialId, f => f.ToFacts());
        // Rejected CE never counts and an auditor never sees it.
        var activities = (await db.CeActivities.AsNoTracking().Include(a => a.Splits).Include(a => a.CountsToward).AsSplitQuery()
                .Where(a => ids.Contains(a.PersonId) && a.Verification != VerificationStatus.Rejected).ToListAsync(ct))
            .SelectMany(a => a.CountsToward.Select(l => (l.CredentialId, Activity: a)))
            .ToLookup(x => x.CredentialId, x => x.Activity);

        var byId = people.ToDictionary(p => p.Id);
        var rows = new List<DrillRow>(credentials.Count);
        foreach (var credential in credentials)
        {
            var person = byId[credential.PersonId];
            var today = engine.TodayIn(PersonToday.ZoneOf(person.Zone));
            var facts = credential.ToFacts(person.CeLeadTimeDays);
            var cycle = new CredentialCycle(engine.CycleOf(facts, today), facts, today, null);
            var renewedOn = credential.Renewals.ToDictionary(r => r.Id, r => r.RenewedOn);
            var linked = activities[credential.Id].DistinctBy(a => a.Id).ToList();
            var engineFacts = linked.Select(a => CycleEvidenceLoader.ForCycle(a, credential.Id, cycle, renewedOn)).ToList();
            var result = engine.Evaluate(facts, engineFacts, payments[credential.Id], today);
            var claimed = engineFacts.Where(f => f.ClaimedByEarlierRenewal).Select(f => f.Id).ToHashSet();
            var findings = AuditDrill.Findings(result, [.. linked.Select(a => new DrillActivity(
                a.Id, a.CompletedOn, DateOnly.FromDateTime(a.CreatedAtUtc), a.Title, a.Certificate is not null, a.Verification, claimed.Contains(a.Id)))]);
            rows.Add(new DrillRow(person.Id, $"{person.FirstName} {person.LastName}", person.ClinicId, person.Clinic, credential.Id,
                credential.PackCode, cycle.Window.Start, cycle.Window.Expires, today, findings));
        }
        return rows;
    }
}
