using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Web.Features.MyCredentials.History;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.MyCredentials;

/// <summary>
/// Loads one person's credentials, payments and one page of their CE history, and asks the engine (detail path, with
/// per-activity explanations) about each credential. Only the page's entries become views: a person may have tens of
/// thousands. Access is checked by the caller; this only reads.
/// </summary>
public sealed class PersonCredentialsLoader(IDbContextFactory<CmaRenewalDbContext> factory, ComplianceEngine engine, RuleCatalog catalog)
{
    /// <summary>The credentials only (the history page stays empty).</summary>
    public Task<PersonView?> LoadAsync(long personId, CancellationToken ct) => LoadAsync(personId, null, ct);

    public async Task<PersonView?> LoadAsync(long personId, HistoryRequest? history, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new
            {
                p.FirstName, p.LastName, p.TimeZone,
                ClinicZone = db.Clinics.Where(c => c.Id == p.ClinicId).Select(c => c.TimeZone).FirstOrDefault(),
                LeadTime = db.Clinics.Where(c => c.Id == p.ClinicId).Select(c => c.CeLeadTimeDays).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (person is null) return null;
        var zone = PersonToday.ZoneOf(person.TimeZone, person.ClinicZone);
        var today = engine.TodayIn(zone);

        var credentials = await db.Credentials.AsNoTracking().Include(c => c.Renewals).Where(c => c.PersonId == personId).OrderBy(c => c.Id).ToListAsync(ct);
        var ids = credentials.Select(c => c.Id).ToList();
        var payments = await db.FeePayments.AsNoTracking().Where(f => ids.Contains(f.CredentialId)).ToListAsync(ct);
        var (page, total) = history is null ? ([], 0) : await ActivityHistoryQuery.PageAsync(db, personId, history, ct);

        var counting = new Dictionary<long, List<ActivityCounting>>();
        var views = new List<CredentialView>(credentials.Count);
        foreach (var credential in credentials)
            views.Add(await EvaluateAsync(db, credential.ToFacts(person.LeadTime), credential, page, payments.Where(p => p.CredentialId == credential.Id).Select(p => p.ToFacts()), today, counting, ct));
        var historyPage = history is null ? HistoryPage.Empty : new HistoryPage(
            [.. page.Select(a => ToView(a, counting.GetValueOrDefault(a.Id) ?? []))], total, history.Page, history.PageSize);
        return new PersonView(personId, $"{person.FirstName} {person.LastName}", zone.Id, today, views, historyPage);
    }

    // The card and the explanations come from one engine run over the cycle's countable CE (bare facts), plus the
    // page's own entries so that those outside the window are explained as such.
    private async Task<CredentialView> EvaluateAsync(CmaRenewalDbContext db, CredentialFacts facts, Credential credential, List<CeActivity> page,
        IEnumerable<Core.Fees.FeePaymentFacts> payments, DateOnly today, Dictionary<long, List<ActivityCounting>> counting, CancellationToken ct)
    {
        var cycle = engine.CycleOf(facts, today);
        var window = await WindowFacts.LoadAsync(db, credential.Id, cycle.EarnFrom, cycle.EarnThrough < today ? cycle.EarnThrough : today, ct);
        // Rejected CE never counts (the SQL totals path leaves it out the same way).
        var onPage = page.Where(a => a.Verification != VerificationStatus.Rejected && a.CountsToward.Any(l => l.CredentialId == credential.Id))
            .Select(a => a.ToFacts(credential.Id));
        var shown = page.Select(a => a.Id).ToHashSet();
        var result = engine.Evaluate(facts, onPage.Concat(window), payments, today);
        // Explanations of the page's entries only: the window may hold thousands, and the API returns this result.
        result = result with { Activities = [.. result.Activities.Where(c => shown.Contains(c.ActivityId))] };
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
