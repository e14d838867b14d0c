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
            counts.AddRange(all.Select(a => new ActivityCount(a.Id, 0m, 0m, Text["NoCeRequirement"])));
            return counts;
        }

        var budget = pools.ToDictionary(p => (p.Category, p.ApprovedProvider), p => p.Counted);
        var countLeft = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        // Approved activities first, as CeConverter applies count caps to them first.
        var order = eligible.OrderByDescending(a => a.ApprovedProvider).ThenBy(a => a.CompletedOn).ToList();
        var explained = new Dictionary<long, ActivityCount>();
        foreach (var activity in order)
        {
            decimal worth = 0m, counted = 0m;
            foreach (var total in Totals(activity))
            {
                var value = CeConverter.Worth(ce, total, countLeft, out var category);
                var key = (CeConverter.CanonicalCategory(ce, category), activity.ApprovedProvider);
                var take = Math.Min(value, budget.GetValueOrDefault(key));
                budget[key] = budget.GetValueOrDefault(key) - take;
                worth += value;
                counted += take;
            }
            explained[activity.Id] = new ActivityCount(activity.Id, worth, counted, Reason(ce, activity, worth, counted));
        }

        // One sentence per reason and credential, not one per activity: a cycle may see hundreds of old activities.
        var outside = Text.Format("OutsideWindow", ReadableDate.Of(cycle.EarnFrom), ReadableDate.Of(cycle.EarnThrough));
        var later = Text.Format("CompletedAfter", ReadableDate.Of(asOf));
        foreach (var activity in all)
        {
            counts.Add(explained.TryGetValue(activity.Id, out var count)
                ? count
                : new ActivityCount(activity.Id, 0m, 0m, activity.ClaimedByEarlierRenewal ? CarriedOver : activity.CompletedOn > asOf ? later : outside));
        }
        return counts;
    }

    private static string CarriedOver => Text["CarriedOver"];

    private static IEnumerable<CeTotal> Totals(ActivityFacts a) =>
        a.Shares.Select((s, i) => new CeTotal(a.Unit, s.Category, a.ApprovedProvider, a.Kind, s.Amount, i == 0 ? 1 : 0));

    private static string? Reason(Rules.CeRequirement ce, ActivityFacts activity, decimal worth, decimal counted)
    {
        if (counted >= worth && worth > 0m) return null;
        var kind = ce.KindRuleFor(activity.Kind);
        if (kind is { Accepted: false }) return Text.Format("KindNotAccepted", activity.Kind);
        if (kind?.MaxCount is { } max && worth == 0m) return Text.Format("KindMaxCount", max, activity.Kind);
        if (ce.ConversionFor(activity.Unit) is null && kind?.AmountEach is null) return Text.Format("UnitNotAccepted", activity.Unit);
        if (worth == 0m) return Text["WorthNothing"];
        return Text.Format("OnlyPart", StillNeed.Format(ce.NonApprovedMaximum ?? 0m), PackWords.Of(ce.UnitName), PackWords.Of(ce.ApprovedProvider?.Label ?? "approved"));
    }
}
