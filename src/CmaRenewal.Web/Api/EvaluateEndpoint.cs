using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CmaRenewal.Web.Api;

/// <summary>
/// A what-if: a credential of <c>packCode</c> certified on <c>certifiedOn</c> (last recertified on
/// <c>lastRecertifiedOn</c>, fees paid through <c>feePaidThrough</c>), with these activities, judged on <c>asOf</c>
/// (default today, UTC). Dates are YYYY-MM-DD. Nothing is read or stored.
/// </summary>
public sealed record EvaluateRequest(
    string? PackCode, string? CertifiedOn, string? LastRecertifiedOn, string? ExpiresOnOverride, string? FeePaidThrough, string? AsOf,
    IReadOnlyList<EvaluateActivity>? Activities);

/// <summary>
/// One activity of a what-if: completed on a date, an amount in a unit, one category or <c>splits</c>, from an approved
/// provider or not; <c>kind</c> is <c>course</c> (default) or <c>cpr-card</c>. In the result, activity ids are the
/// activities' positions in this list, from 1.
/// </summary>
public sealed record EvaluateActivity(
    string? CompletedOn, decimal? Amount, string? Unit, string? Category, IReadOnlyDictionary<string, decimal>? Splits, bool ApprovedProvider,
    string? Kind);

/// <summary>
/// <c>POST /api/v1/evaluate</c>: the compliance engine on made-up facts (status, milestones, progress, still need
/// per category and approved, fee, per-activity counting), for "what if I take this course?".
/// </summary>
public static class EvaluateEndpoint
{
    public const int MaxActivities = 1_000;

    public static RouteGroupBuilder MapEvaluate(this RouteGroupBuilder api)
    {
        api.MapPost("/evaluate", Evaluate).WithTags("Evaluate").WithName("Evaluate")
            .WithSummary("What-if: the engine's full result for a credential you describe, nothing stored.");
        return api;
    }

    private static Results<Ok<ComplianceDto>, ValidationProblem, ProblemHttpResult> Evaluate(EvaluateRequest request, ComplianceEngine engine,
        RuleCatalog catalog, TimeProvider time)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];
        DateOnly? Date(string? text, string field, bool required)
        {
            if (string.IsNullOrWhiteSpace(text)) { if (required) Fail(field, ApiProblems.Say("EnterIsoDate")); return null; }
            // The engine adds years and months to these dates: out of range they would overflow, not answer.
            var (date, problem) = CeActivityRules.ParseInRange(text);
            if (problem is not null) Fail(field, problem);
            return date;
        }

        RulePack? pack = null;
        if (string.IsNullOrWhiteSpace(request.PackCode) || !catalog.TryGet(request.PackCode.Trim(), out pack))
            Fail("packCode", ApiProblems.Say("ChoosePack", string.Join(", ", catalog.All.Select(p => p.Code).Order(StringComparer.Ordinal))));
        var certified = Date(request.CertifiedOn, "certifiedOn", required: true);
        var renewed = Date(request.LastRecertifiedOn, "lastRecertifiedOn", required: false);
        if (renewed < certified) Fail("lastRecertifiedOn", ApiProblems.Say("RecertifiedBeforeCertified"));
        var expires = Date(request.ExpiresOnOverride, "expiresOnOverride", required: false);
        if (expires <= certified) Fail("expiresOnOverride", ApiProblems.Say("ExpiryBeforeCertified"));
        // A pack whose expiry is printed on the card has none to compute: the engine needs the date from the card.
        if (pack is not null && expires is null && new[] { certified, renewed }.OfType<DateOnly>()
                .Any(start => pack.VersionFor(start).Cycle.Anchor == ExpiryAnchor.ExactDate))
            Fail("expiresOnOverride", ApiProblems.Say("ExpiryOnCard"));
        var paidThrough = Date(request.FeePaidThrough, "feePaidThrough", required: false);
        var asOf = Date(request.AsOf, "asOf", required: false) ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var activities = request.Activities ?? [];
        if (activities.Count > MaxActivities) Fail("activities", ApiProblems.Say("TooManyActivities", MaxActivities));
        var facts = new List<ActivityFacts>();
        var isCategory = CeActivityRules.KnownCategories(catalog);
        for (var i = 0; i < activities.Count && activities.Count <= MaxActivities; i++)
        {
            if (ToFacts(i, activities[i], Fail, Date, isCategory) is { } fact) facts.Add(fact);
        }
        if (errors.Count > 0) return ApiProblems.Invalid(errors);

        var credential = new CredentialFacts(0, request.PackCode!.Trim(), certified!.Value, renewed is { } r ? [new RenewalFacts(r)] : [], expires);
        FeePaymentFacts[] payments = paidThrough is { } through ? [new FeePaymentFacts(through, through, 0m)] : [];
        return TypedResults.Ok(ComplianceDto.From(engine.Evaluate(credential, facts, payments, asOf)));
    }

    private static ActivityFacts? ToFacts(int index, EvaluateActivity a, Action<string, string> fail, Func<string?, string, bool, DateOnly?> date,
        Func<string, bool> isCategory)
    {
        var field = $"activities[{index}]";
        var completed = date(a.CompletedOn, $"{field}.completedOn", true);
        if (!Units.IsKnown(a.Unit)) { fail($"{field}.unit", ApiProblems.Say("ChooseUnit", string.Join(", ", Units.All))); return null; }
        var unit = Units.All.First(u => string.Equals(u, a.Unit, StringComparison.OrdinalIgnoreCase));
        if (a.Amount is not { } amount || amount <= 0m || amount > CeActivityRules.MaxAmount(unit))
        {
            fail($"{field}.amount", ApiProblems.Say("AmountRange", StillNeed.Format(CeActivityRules.MaxAmount(unit)), unit));
            return null;
        }
        var kind = a.Kind ?? ActivityKinds.Course;
        if (kind is not (ActivityKinds.Course or ActivityKinds.CprCard)) { fail($"{field}.kind", ApiProblems.Say("ChooseKind")); return null; }
        if (completed is null) return null;
        if (a.Splits is { Count: > 0 } splits)
        {
            if (splits.Keys.Select(k => CeActivityRules.CategoryProblem(k, isCategory)).FirstOrDefault(p => p is not null) is { } unknown)
            {
                fail($"{field}.splits", unknown);
                return null;
            }
            // Each share at most the whole, so the sum cannot overflow.
            if (splits.Values.Any(v => v <= 0m || v > amount) || splits.Values.Sum() != amount)
            {
                fail($"{field}.splits", ApiProblems.Say("SharesSum", StillNeed.Format(amount)));
                return null;
            }
            return new ActivityFacts(index + 1, completed.Value, unit, [.. splits.Select(s => new CategoryShare(s.Key, s.Value))], a.ApprovedProvider, kind);
        }
        if (CeActivityRules.CategoryProblem(a.Category, isCategory) is { } category)
        {
            fail($"{field}.category", category);
            return null;
        }
        return ActivityFacts.InOneCategory(index + 1, completed.Value, amount, unit, string.IsNullOrWhiteSpace(a.Category) ? null : a.Category.Trim(),
            a.ApprovedProvider, kind);
    }
}
