using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Common;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>
/// Says, for each activity, how much counts toward this cycle and why the rest does not — the "credits that don't
/// show up" users complain about. Mirrors the allocation: counted amounts per pool are handed to its activities in
/// date order.
/// </summary>
internal static class ActivityExplainer
{
    private static readonly ResourceText Text = new(typeof(ActivityExplainer));

    // Arrays indexed by position, not dictionaries keyed by activity or pool: this runs for every credential a screen or
    // the in-memory engine evaluates from activities, and its dictionaries were most of what an evaluation allocated.
    public static IReadOnlyList<ActivityCount> Explain(
        CycleWindow cycle, IReadOnlyList<ActivityFacts> all, IReadOnlyList<ActivityFacts> eligible, IReadOnlyList<CePool> pools, DateOnly asOf)
    {
        var ce = cycle.Rules.Ce;
        var counts = new ActivityCount[all.Count];
        if (ce is null)
        {
            var none = Text["NoCeRequirement"];
            for (var i = 0; i < counts.Length; i++) counts[i] = new ActivityCount(all[i].Id, 0m, 0m, none);
            return counts;
        }

        var budget = new decimal[pools.Count];
        for (var i = 0; i < budget.Length; i++) budget[i] = pools[i].Counted;
        var positions = PositionsOf(all, eligible);
        Dictionary<string, int>? countLeft = null;

        // Approved activities first, as CeConverter applies count caps to them first; each group keeps the date order.
        // The capped-part sentence is the same for every activity of the cycle: written once, when first needed.
        string? onlyPart = null;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var e = 0; e < eligible.Count; e++)
            {
                var activity = eligible[e];
                if (activity.ApprovedProvider == (pass == 0))
                    counts[positions[e]] = Count(ce, activity, pools, budget, ref countLeft, ref onlyPart);
            }
        }

        // One sentence per reason and credential, not one per activity: a cycle may see hundreds of old activities.
        // Written only when some activity needs it: most evaluations explain nothing outside the window.
        string? outside = null, later = null;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] is not null) continue;
            var activity = all[i];
            counts[i] = new ActivityCount(activity.Id, 0m, 0m, activity.ClaimedByEarlierRenewal ? CarriedOver
                : activity.CompletedOn > asOf ? later ??= Text.Format("CompletedAfter", ReadableDate.Of(asOf))
                : outside ??= Text.Format("OutsideWindow", ReadableDate.Of(cycle.EarnFrom), ReadableDate.Of(cycle.EarnThrough)));
        }
        return counts;
    }

    // Where each eligible activity stands in the whole list: the engine filters the eligible ones out of that list in
    // its order, so one walk finds them all.
    private static int[] PositionsOf(IReadOnlyList<ActivityFacts> all, IReadOnlyList<ActivityFacts> eligible)
    {
        var positions = new int[eligible.Count];
        var at = 0;
        for (var e = 0; e < eligible.Count; e++)
        {
            while (!ReferenceEquals(all[at], eligible[e])) at++;
            positions[e] = at++;
        }
        return positions;
    }

    private static ActivityCount Count(CeRequirement ce, ActivityFacts activity, IReadOnlyList<CePool> pools, decimal[] budget,
        ref Dictionary<string, int>? countLeft, ref string? onlyPart)
    {
        decimal worth = 0m, counted = 0m;
        for (var i = 0; i < activity.Shares.Count; i++)
        {
            var share = activity.Shares[i];
            var value = CeConverter.Worth(
                ce, activity.Unit, share.Category, activity.Kind, share.Amount, i == 0 ? 1 : 0, ref countLeft, out var category);
            var pool = PoolOf(pools, CeConverter.CanonicalCategory(ce, category), activity.ApprovedProvider);
            var take = pool < 0 ? 0m : Math.Min(value, budget[pool]);
            if (pool >= 0) budget[pool] -= take;
            worth += value;
            counted += take;
        }
        return new ActivityCount(activity.Id, worth, counted, Reason(ce, activity, worth, counted, ref onlyPart));
    }

    private static int PoolOf(IReadOnlyList<CePool> pools, string? category, bool approved)
    {
        for (var i = 0; i < pools.Count; i++)
            if (pools[i].ApprovedProvider == approved && pools[i].Category == category) return i;
        return -1;
    }

    private static string CarriedOver => Text["CarriedOver"];

    private static string? Reason(CeRequirement ce, ActivityFacts activity, decimal worth, decimal counted, ref string? onlyPart)
    {
        if (counted >= worth && worth > 0m) return null;
        var kind = ce.KindRuleFor(activity.Kind);
        if (kind is { Accepted: false }) return Text.Format("KindNotAccepted", activity.Kind);
        if (kind?.MaxCount is { } max && worth == 0m) return Text.Format("KindMaxCount", max, activity.Kind);
        if (ce.ConversionFor(activity.Unit) is null && kind?.AmountEach is null) return Text.Format("UnitNotAccepted", activity.Unit);
        if (worth == 0m) return Text["WorthNothing"];
        return onlyPart ??= Text.Format("OnlyPart", StillNeed.Format(ce.NonApprovedMaximum ?? 0m), PackWords.Of(ce.UnitName), PackWords.Of(ce.ApprovedProvider?.Label ?? "approved"));
    }
}
