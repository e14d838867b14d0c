using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>
/// Turns a credential, its CE, its fee payments and a date into milestones, progress, "still need" and a status.
/// Pure: no database, no clock of its own. Rules come from <see cref="IRuleCatalogSource.Current"/> on each call, so an
/// admin's new pack version applies from the next evaluation. Two ways in: activities (for one person's screens, with
/// a per-activity explanation) or pre-summed totals for the cycle's earning window (for grids and the whole organisation).
/// </summary>
public sealed class ComplianceEngine(IRuleCatalogSource rules, TimeProvider time, StatusPolicy? policy = null)
{
    private readonly StatusPolicy policy = policy ?? StatusPolicy.Default;

    /// <summary>Today's date in <paramref name="zone"/> (pick it with <see cref="PersonToday.ZoneOf"/>): due dates are judged in the holder's zone, not the server's.</summary>
    public DateOnly TodayIn(TimeZoneInfo zone) => PersonToday.In(time.GetUtcNow(), zone);

    /// <summary>The cycle in force on <paramref name="asOf"/>, its CE due and submit-by dates set by the credential's clinic's lead time or the organisation's.</summary>
    public CycleWindow CycleOf(CredentialFacts credential, DateOnly asOf) =>
        CycleCalculator.Current(rules.Current[credential.PackCode], credential, asOf)
            with { LeadTimeDays = LeadTime.For(policy.CeLeadTimeDays, credential.LeadTimeDays) };

    public ComplianceResult Evaluate(
        CredentialFacts credential, IEnumerable<ActivityFacts> activities, IEnumerable<FeePaymentFacts> payments, DateOnly asOf)
    {
        var cycle = CycleOf(credential, asOf);
        // One activity may be linked to a credential more than once by mistake; it still counts once.
        var distinct = activities.DistinctBy(a => a.Id).ToList();
        distinct.Sort(static (x, y) => x.CompletedOn != y.CompletedOn ? x.CompletedOn.CompareTo(y.CompletedOn) : x.Id.CompareTo(y.Id));
        var eligible = distinct.FindAll(a => Eligible(cycle, a, asOf));
        var (result, pools) = Decide(credential, cycle, Summarize(eligible), payments, asOf);
        return result with { Activities = ActivityExplainer.Explain(cycle, distinct, eligible, pools, asOf) };
    }

    public ComplianceResult EvaluateTotals(
        CredentialFacts credential, CycleWindow cycle, IEnumerable<CeTotal> totals, IEnumerable<FeePaymentFacts> payments, DateOnly asOf) =>
        Decide(credential, cycle, totals, payments, asOf).Result;

    private (ComplianceResult Result, IReadOnlyList<CePool> Pools) Decide(
        CredentialFacts credential, CycleWindow cycle, IEnumerable<CeTotal> totals, IEnumerable<FeePaymentFacts> payments, DateOnly asOf)
    {
        var ce = cycle.Rules.Ce;
        CeProgress? progress = null;
        IReadOnlyList<CePool> pools = [];
        var need = StillNeed.None(ce?.UnitName ?? "");
        if (ce is not null)
        {
            pools = CeAllocator.Allocate(ce, CeConverter.ToPools(ce, totals));
            progress = CeMeasure.Progress(ce, pools);
            need = CeMeasure.Need(progress);
        }
        var fee = FeeCalculator.NextUnpaid(cycle, credential, payments, asOf);
        var verdict = StatusJudge.Judge(cycle, progress, need, fee, asOf, policy);
        var milestones = MilestonePlanner.For(cycle, need.IsNothing, ce is not null, fee, asOf);
        var result = new ComplianceResult(
            credential.Id, credential.PackCode, asOf, verdict.Status, verdict.Reason, cycle, milestones, progress, need, fee, [])
        {
            Cause = verdict.Cause,
        };
        return (result, pools);
    }

    internal static bool Eligible(CycleWindow cycle, ActivityFacts activity, DateOnly asOf) =>
        cycle.Contains(activity.CompletedOn) && activity.CompletedOn <= asOf && !activity.ClaimedByEarlierRenewal;

    // Sums activities the way the SQL aggregate does (by unit, category, provider approval and kind), so both
    // ways in convert the same sums and agree exactly.
    private static List<CeTotal> Summarize(List<ActivityFacts> activities)
    {
        var sums = new Dictionary<(string, string?, bool, string), (decimal Amount, int Count)>();
        foreach (var a in activities)
        {
            for (var i = 0; i < a.Shares.Count; i++)
            {
                var key = (a.Unit, a.Shares[i].Category, a.ApprovedProvider, a.Kind);
                var (amount, count) = sums.GetValueOrDefault(key);
                sums[key] = (amount + a.Shares[i].Amount, count + (i == 0 ? 1 : 0));
            }
        }
        var totals = new List<CeTotal>(sums.Count);
        foreach (var ((unit, category, approved, kind), (amount, count)) in sums)
            totals.Add(new CeTotal(unit, category, approved, kind, amount, count));
        return totals;
    }
}
