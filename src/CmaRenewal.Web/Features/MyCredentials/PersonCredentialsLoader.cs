using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.MyCredentials;

/// <summary>
/// Loads one person's credentials, payments and activities and asks the engine (detail path, with per-activity
/// explanations) about each credential. Access is checked by the caller; this only reads.
/// </summary>
public sealed class PersonCredentialsLoader(IDbContextFactory<CmaRenewalDbContext> factory, ComplianceEngine engine, RuleCatalog catalog)
{
    public async Task<PersonView?> LoadAsync(long personId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.FirstName, p.LastName, p.TimeZone, ClinicZone = db.Clinics.Where(c => c.Id == p.ClinicId).Select(c => c.TimeZone).FirstOrDefault() })
            .SingleOrDefaultAsync(ct);
        if (person is null) return null;
        var zone = person.TimeZone ?? person.ClinicZone ?? "UTC";
        var today = engine.TodayIn(TimeZoneInfo.FindSystemTimeZoneById(zone));

        var credentials = await db.Credentials.AsNoTracking().Include(c => c.Renewals).Where(c => c.PersonId == personId).OrderBy(c => c.Id).ToListAsync(ct);
        var ids = credentials.Select(c => c.Id).ToList();
        var payments = await db.FeePayments.AsNoTracking().Where(f => ids.Contains(f.CredentialId)).ToListAsync(ct);
        var activities = await db.CeActivities.AsNoTracking().Include(a => a.Splits).Include(a => a.CountsToward).AsSplitQuery()
            .Where(a => a.PersonId == personId).OrderByDescending(a => a.CompletedOn).ThenByDescending(a => a.Id).ToListAsync(ct);

        var counting = new Dictionary<long, List<ActivityCounting>>();
        var views = credentials.Select(c => Evaluate(c, activities, payments.Where(p => p.CredentialId == c.Id).Select(p => p.ToFacts()), today, counting)).ToList();
        return new PersonView(personId, $"{person.FirstName} {person.LastName}", zone, today, views,
            [.. activities.Select(a => ToView(a, counting.GetValueOrDefault(a.Id) ?? []))]);
    }

    private CredentialView Evaluate(Credential credential, List<CeActivity> all, IEnumerable<Core.Fees.FeePaymentFacts> payments,
        DateOnly today, Dictionary<long, List<ActivityCounting>> counting)
    {
        // Rejected CE never counts (the SQL totals path leaves it out the same way).
        var linked = all.Where(a => a.Verification != VerificationStatus.Rejected && a.CountsToward.Any(l => l.CredentialId == credential.Id));
        var facts = credential.ToFacts();
        var result = engine.Evaluate(facts, linked.Select(a => a.ToFacts(credential.Id)), payments, today);
        foreach (var count in result.Activities)
        {
            if (!counting.TryGetValue(count.ActivityId, out var list)) counting[count.ActivityId] = list = [];
            list.Add(new ActivityCounting(credential.PackCode, count.Worth, count.Counted, count.NotCountedBecause));
        }
        var title = catalog.TryGet(credential.PackCode, out var pack) ? pack.Title : credential.PackCode;
        var lastRenewal = credential.Renewals.Count == 0 ? (DateOnly?)null : credential.Renewals.Max(r => r.RenewedOn);
        return new CredentialView(credential.Id, credential.PackCode, title, credential.Number, credential.CertifiedOn, lastRenewal,
            credential.ExpiresOnOverride, credential.OverrideReason, credential.Version, facts, result);
    }

    private static ActivityView ToView(CeActivity a, List<ActivityCounting> counting) =>
        new(a.Id, a.CompletedOn, a.Title, a.Provider, a.ApprovalNumber, a.Amount, a.Unit, a.Category,
            [.. a.Splits.Select(s => new SplitShare(s.Category, s.AmountHundredths))], a.IsApprovedProvider, a.Verification,
            a.VerificationComment, a.Certificate?.FileName, [.. a.CountsToward.Select(l => l.CredentialId)], counting, a.Version);
}
