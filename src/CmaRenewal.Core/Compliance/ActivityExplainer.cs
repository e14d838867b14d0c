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

    public static IReadOnlyList<ActivityCount> Explain(
        CycleWindow cycle, IReadOnlyList<ActivityFacts> all, IReadOnlyList<ActivityFacts> eligible, IReadOnlyList<CePool> pools, DateOnly asOf)
    {
        var ce = cycle.Rules.Ce;
        var counts = new List<ActivityCount>(all.Count);
        if (ce is null)
        {
            var none = Text["NoCeRequirement"];
            counts.AddRange(all.Select(a => new ActivityCount(a.Id, 0m, 0m, none)));
            return counts;
        }

        var budget = new Dictionary<(string?, bool), decimal>(pools.Count);
        foreach (var pool in pools) budget[(pool.Category, pool.ApprovedProvider)] = pool.Counted;
        var countLeft = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        // Approved activities first, as CeConverter applies count caps to them first; each group keeps the date order.
        var explained = new Dictionary<long, ActivityCount>(eligible.Count);
        // The capped-part sentence is the same for every activity of the cycle: written once, when first needed.
        string? onlyPart = null;
        foreach (var activity in eligible)
            if (activity.ApprovedProvider) explained[activity.Id] = Count(ce, activity, budget, countLeft, ref onlyPart);
        foreach (var activity in eligible)
            if (!activity.ApprovedProvider) explained[activity.Id] = Count(ce, activity, budget, countLeft, ref onlyPart);

        // One sentence per reason and credential, not one per activity: a cycle may see hundreds of old activities.
        // Written only when some activity needs it: most evaluations explain nothing outside the window.
        string? outside = null, later = null;
        foreach (var activity in all)
        {
            counts.Add(explained.TryGetValue(activity.Id, out var count)
                ? count
                : new ActivityCount(activity.Id, 0m, 0m, activity.ClaimedByEarlierRenewal ? CarriedOver
                    : activity.CompletedOn > asOf ? later ??= Text.Format("CompletedAfter", ReadableDate.Of(asOf))
                    : outside ??= Text.Format("OutsideWindow", ReadableDate.Of(cycle.EarnFrom), ReadableDate.Of(cycle.EarnThrough))));
        }
        return counts;
    }

    private static ActivityCount Count(
        CeRequirement ce, ActivityFacts activity, Dictionary<(string?, bool), decimal> budget, Dictionary<string, int> countLeft, ref string? onlyPart)
    {
        decimal worth = 0m, counted = 0m;
        for (var i = 0; i < activity.Shares.Count; i++)
        {
            var share = activity.Shares[i];
            var total = new CeTotal(activity.Unit, share.Category, activity.ApprovedProvider, activity.Kind, share.Amount, i == 0 ? 1 : 0);
            var value = CeConverter.Worth(ce, total, countLeft, out var category);
            var key = (CeConverter.CanonicalCategory(ce, category), activity.ApprovedProvider);
            var take = Math.Min(value, budget.GetValueOrDefault(key));
            budget[key] = budget.GetValueOrDefault(key) - take;
            worth += value;
            counted += take;
        }
        return new ActivityCount(activity.Id, worth, counted, Reason(ce, activity, worth, counted, ref onlyPart));
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
