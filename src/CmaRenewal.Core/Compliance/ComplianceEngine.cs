using System.Runtime.InteropServices;
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
        var ce = CountCe(cycle, activities, asOf);
        return Decide(credential, cycle, ce.Progress, ce.Need, payments, asOf, ce.Activities);
    }

    /// <summary>
    /// The CE half of <see cref="Evaluate"/> on a cycle already known: progress, still-need and each activity's counting,
    /// without fees or a status (the audit readiness of a cycle needs no more).
    /// </summary>
    public static CeCounting CountCe(CycleWindow cycle, IEnumerable<ActivityFacts> activities, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(activities);
        var distinct = DistinctInDateOrder(activities);
        var eligible = new List<ActivityFacts>(distinct.Count);
        foreach (var a in distinct)
            if (Eligible(cycle, a, asOf)) eligible.Add(a);
        var ce = cycle.Rules.Ce;
        if (ce is null) return new CeCounting(null, StillNeed.None(""), ActivityExplainer.Explain(cycle, distinct, eligible, [], asOf));
        var pools = CeAllocator.Allocate(ce, CeConverter.ToPools(ce, Summarize(eligible)));
        var progress = CeMeasure.Progress(ce, pools);
        return new CeCounting(progress, CeMeasure.Need(progress), ActivityExplainer.Explain(cycle, distinct, eligible, pools, asOf));
    }

    public ComplianceResult EvaluateTotals(
        CredentialFacts credential, CycleWindow cycle, IEnumerable<CeTotal> totals, IEnumerable<FeePaymentFacts> payments, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var ce = cycle.Rules.Ce;
        if (ce is null) return Decide(credential, cycle, null, StillNeed.None(""), payments, asOf, []);
        var progress = CeMeasure.Progress(ce, CeAllocator.Allocate(ce, CeConverter.ToPools(ce, totals)));
        return Decide(credential, cycle, progress, CeMeasure.Need(progress), payments, asOf, []);
    }

    private ComplianceResult Decide(CredentialFacts credential, CycleWindow cycle, CeProgress? progress, StillNeed need,
        IEnumerable<FeePaymentFacts> payments, DateOnly asOf, IReadOnlyList<ActivityCount> activities)
    {
        var fee = FeeCalculator.NextUnpaid(cycle, credential, payments, asOf);
        var verdict = StatusJudge.Judge(cycle, progress, need, fee, asOf, policy);
        return new ComplianceResult(
            credential.Id, credential.PackCode, asOf, verdict.Status, verdict.Cause, cycle, progress, need, fee, activities);
    }

    // In date order (then id), and an activity linked to a credential more than once by mistake counts once: the first
    // one given. Sorting small keys rather than the facts, with the given position as the last key, keeps "first given"
    // without a set of ids seen, and puts the links of one activity side by side (its date is the activity's own).
    private static List<ActivityFacts> DistinctInDateOrder(IEnumerable<ActivityFacts> activities)
    {
        var given = activities as IReadOnlyList<ActivityFacts> ?? [.. activities];
        var keys = given.Count <= 512 ? stackalloc DateKey[given.Count] : new DateKey[given.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = new DateKey(given[i].CompletedOn.DayNumber, given[i].Id, i);
        keys.Sort();
        var list = new List<ActivityFacts>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
            if (i == 0 || keys[i].Id != keys[i - 1].Id || keys[i].Day != keys[i - 1].Day) list.Add(given[keys[i].Position]);
        return list;
    }

    private readonly record struct DateKey(int Day, long Id, int Position) : IComparable<DateKey>
    {
        public int CompareTo(DateKey other) =>
            Day != other.Day ? Day.CompareTo(other.Day) : Id != other.Id ? Id.CompareTo(other.Id) : Position.CompareTo(other.Position);
    }

    internal static bool Eligible(CycleWindow cycle, ActivityFacts activity, DateOnly asOf) =>
        cycle.Contains(activity.CompletedOn) && activity.CompletedOn <= asOf && !activity.ClaimedByEarlierRenewal;

    // Sums activities the way the SQL aggregate does (by unit, category, provider approval and kind), so both
    // ways in convert the same sums and agree exactly. A list, not a dictionary: a cycle has a handful of groups,
    // and comparing a few strings beats hashing four keys for every share. Groups are changed in place through a
    // span: a list of tuples copied every group out and back for each comparison.
    private static List<CeTotal> Summarize(List<ActivityFacts> activities)
    {
        var groups = new List<Group>(8);
        foreach (var a in activities)
        {
            for (var i = 0; i < a.Shares.Count; i++)
            {
                var share = a.Shares[i];
                var span = CollectionsMarshal.AsSpan(groups);
                var index = span.Length - 1;
                while (index >= 0 && !span[index].Holds(a, share.Category)) index--;
                var first = i == 0 ? 1 : 0;
                if (index < 0) groups.Add(new Group(a.Unit, share.Category, a.ApprovedProvider, a.Kind) { Amount = share.Amount, Count = first });
                else
                {
                    ref var group = ref span[index];
                    group.Amount += share.Amount;
                    group.Count += first;
                }
            }
        }
        var totals = new List<CeTotal>(groups.Count);
        foreach (var g in groups) totals.Add(new CeTotal(g.Unit, g.Category, g.Approved, g.Kind, g.Amount, g.Count));
        return totals;
    }

    private record struct Group(string Unit, string? Category, bool Approved, string Kind)
    {
        public decimal Amount;
        public int Count;

        public readonly bool Holds(ActivityFacts a, string? category) =>
            Approved == a.ApprovedProvider && string.Equals(Unit, a.Unit, StringComparison.Ordinal)
            && string.Equals(Category, category, StringComparison.Ordinal) && string.Equals(Kind, a.Kind, StringComparison.Ordinal);
    }
}
