using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>
/// Turns a credential, its CE, its fee payments and a date into milestones, progress, "still need" and a status.
/// Pure: no database, no clock of its own. Two ways in: activities (for one person's screens, with a per-activity
/// explanation) or pre-summed totals for the cycle's earning window (for grids and the whole organisation).
/// </summary>
public sealed class ComplianceEngine(RuleCatalog catalog, TimeProvider time, StatusPolicy? policy = null)
{
    private readonly StatusPolicy policy = policy ?? StatusPolicy.Default;

    /// <summary>Today's date in <paramref name="zone"/>: due dates are judged in the holder's zone, not the server's.</summary>
    public DateOnly TodayIn(TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);

    public CycleWindow CycleOf(CredentialFacts credential, DateOnly asOf) =>
        CycleCalculator.Current(catalog[credential.PackCode], credential, asOf);

    public ComplianceResult Evaluate(
        CredentialFacts credential, IEnumerable<ActivityFacts> activities, IEnumerable<FeePaymentFacts> payments, DateOnly asOf)
    {
        var cycle = CycleOf(credential, asOf);
        // One activity may be linked to a credential more than once by mistake; it still counts once.
        var distinct = activities.DistinctBy(a => a.Id).OrderBy(a => a.CompletedOn).ThenBy(a => a.Id).ToList();
        var eligible = distinct.Where(a => Eligible(cycle, a, asOf)).ToList();
        var result = EvaluateTotals(credential, cycle, TotalsOf(eligible), payments, asOf);
        return result with { Activities = ActivityExplainer.Explain(cycle, distinct, eligible, asOf) };
    }

    public ComplianceResult EvaluateTotals(
        CredentialFacts credential, CycleWindow cycle, IEnumerable<CeTotal> totals, IEnumerable<FeePaymentFacts> payments, DateOnly asOf)
    {
        var ce = cycle.Rules.Ce;
        CeProgress? progress = null;
        var need = StillNeed.None(ce?.UnitName ?? "");
        if (ce is not null)
        {
            progress = CeMeasure.Progress(ce, CeAllocator.Allocate(ce, CeConverter.ToPools(ce, totals)));
            need = CeMeasure.Need(progress);
        }
        var fee = FeeCalculator.NextUnpaid(cycle, credential, payments, asOf);
        var (status, reason) = StatusJudge.Judge(cycle, progress, need, fee, asOf, policy);
        var milestones = MilestonePlanner.For(cycle, need.IsNothing, ce is not null, fee, asOf);
        return new ComplianceResult(credential.Id, credential.PackCode, asOf, status, reason, cycle, milestones, progress, need, fee, []);
    }

    internal static bool Eligible(CycleWindow cycle, ActivityFacts activity, DateOnly asOf) =>
        cycle.Contains(activity.CompletedOn) && activity.CompletedOn <= asOf && !activity.ClaimedByEarlierRenewal;

    private static IEnumerable<CeTotal> TotalsOf(IEnumerable<ActivityFacts> activities) =>
        activities.SelectMany(a => a.Shares.Select((s, i) =>
            new CeTotal(a.Unit, s.Category, a.ApprovedProvider, a.Kind, s.Amount, i == 0 ? 1 : 0)));
}
