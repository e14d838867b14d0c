using CmaRenewal.Application.Access;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.Requirements;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.People.PersonDetail;

/// <summary>Whose detail to open, and which page of their CE history (none: the credentials only).</summary>
public sealed record PersonDetailRequest(long PersonId, HistoryRequest? History = null);

/// <summary>
/// The one person-detail query: /me and the person page, the API, the audit drill and the audit pack each take the part
/// they need of the same read (<see cref="PersonDetailRead"/>), through one untracked DbContext per call. This part is
/// the person page's: their credentials and payments, one page of CE history, and the engine's verdict on each credential
/// (detail path, with per-activity explanations) as of their today, with the drill's audit readiness beside it. Only the
/// page's entries become views: a person may have tens of thousands. Titles come from the catalog in force at the call,
/// so a type an admin defines while the page is open shows by its name.
/// </summary>
public sealed partial class PersonDetailQuery(IDbContextFactory<CmaRenewalDbContext> factory, ComplianceEngine engine, IRuleCatalogSource catalogs)
{
    private static readonly AppText Text = new(typeof(PersonDetailQuery));

    public static string NoSuchPerson => Text["NoSuchPerson"];
    public static string NotVisible => Text["NotVisible"];

    public async Task<UseCaseResult<PersonView>> OpenAsync(AccessScope actor, PersonDetailRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await factory.CreateDbContextAsync(ct);
        var personId = request.PersonId;
        if ((await PersonDetailRead.PeopleAsync(db, p => p.Id == personId, ct)).SingleOrDefault() is not { } person)
            return UseCaseResult<PersonView>.NotFound(NoSuchPerson);
        var access = PersonAccessRule.Of(actor, person.Ref);
        if (access == PersonAccess.None) return UseCaseResult<PersonView>.Forbidden(NotVisible);
        var today = engine.TodayIn(person.Zone);

        var credentials = await PersonDetailRead.CredentialsAsync(db, c => c.PersonId == personId, ct);
        var payments = await PersonDetailRead.PaymentsAsync(db, credentials, ct);
        var history = request.History;
        var (page, total) = history is null ? ([], 0) : await ActivityHistoryQuery.PageAsync(db, personId, history, ct);
        var cycles = credentials.ToDictionary(c => c.Id, c => engine.CycleOf(c.ToFacts(person.ClinicLeadTimeDays), today));
        var windows = await WindowFacts.LoadAsync(db,
            [.. cycles.Select(c => new CycleSpan(c.Key, c.Value.EarnFrom, c.Value.EarnThrough < today ? c.Value.EarnThrough : today))], ct);

        var counting = new Dictionary<long, List<ActivityCounting>>();
        List<CredentialView> views = [.. credentials.Select(c =>
            Evaluate(c, person.ClinicLeadTimeDays, page, windows[c.Id], payments[c.Id], today, counting, AuditReadiness.Ready))];
        var readiness = await PersonReadiness.CountAsync(db, [.. views.Select(v => v.Result)], ct);
        views = [.. views.Select(v => v with { Readiness = readiness[v.Id] })];
        var historyPage = history is null ? HistoryPage.Empty : new HistoryPage(
            [.. page.Select(a => ToView(a, counting.GetValueOrDefault(a.Id) ?? []))], total, history.Page, history.PageSize);
        var missing = await ComplianceQueries.MissingAsync(db, ComplianceScope.Person(personId), evaluated: null, ct);
        return UseCaseResult<PersonView>.Done(new PersonView(personId, person.FullName, person.Zone.Id, today, access, views, historyPage,
            [.. missing.Select(m => new MissingView(m.Group.Label, RequirementWording.NotOnFile(m.Group), RequirementWording.AddYours(m.Group, catalogs.Current), m.Group.Codes[0]))])
        {
            ClinicName = person.ClinicName,
        });
    }

    // The card and the explanations come from one engine run over the cycle's countable CE (bare facts), plus the
    // page's own entries so that those outside the window are explained as such.
    private CredentialView Evaluate(Credential credential, int? leadTimeDays, List<CeActivity> page, IEnumerable<ActivityFacts> window,
        IEnumerable<FeePaymentFacts> payments, DateOnly today, Dictionary<long, List<ActivityCounting>> counting, AuditReadiness readiness)
    {
        var facts = credential.ToFacts(leadTimeDays);
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
        var lastRenewal = credential.Renewals.Count == 0 ? (DateOnly?)null : credential.Renewals.Max(r => r.RenewedOn);
        return new CredentialView(credential.Id, credential.PackCode, TitleOf(credential), credential.Number, credential.CertifiedOn, lastRenewal,
            credential.ExpiresOnOverride, credential.OverrideReason, credential.Version, facts, result, readiness);
    }

    private string TitleOf(Credential credential) => catalogs.Current.TryGet(credential.PackCode, out var pack) ? pack.Title : credential.PackCode;

    private static ActivityView ToView(CeActivity a, List<ActivityCounting> counting) =>
        new(a.Id, a.CompletedOn, a.Title, a.Provider, a.ApprovalNumber, a.Amount, a.Unit, a.Category,
            [.. a.Splits.Select(s => new SplitShare(s.Category, s.AmountHundredths))], a.IsApprovedProvider, a.Verification,
            a.VerificationComment, a.Certificate?.FileName, [.. a.CountsToward.Select(l => l.CredentialId)], counting, a.Version);
}
