using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>Progress and the smallest "still need" from allocated pools.</summary>
/// <remarks>Indexed loops (foreach over the interfaces allocates an enumerator): both run for every credential of the organisation.</remarks>
public static class CeMeasure
{
    public static CeProgress Progress(CeRequirement ce, IReadOnlyList<CePool> pools)
    {
        ArgumentNullException.ThrowIfNull(ce);
        ArgumentNullException.ThrowIfNull(pools);
        decimal counted = 0m, approvedCounted = 0m;
        for (var i = 0; i < pools.Count; i++)
        {
            counted += pools[i].Counted;
            if (pools[i].ApprovedProvider) approvedCounted += pools[i].Counted;
        }
        var categories = new CategoryProgress[ce.Categories.Count];
        for (var i = 0; i < categories.Length; i++)
        {
            var rule = ce.Categories[i];
            var inCategory = 0m;
            for (var p = 0; p < pools.Count; p++)
                if (pools[p].Category == rule.Code) inCategory += pools[p].Counted;
            categories[i] = new CategoryProgress(rule.Code, rule.Name, rule.Minimum, inCategory);
        }
        var approved = ce.ApprovedProvider is { } approvedRule ? new RequirementProgress(approvedRule.Minimum, approvedCounted) : null;
        return new CeProgress(ce.UnitName, new RequirementProgress(ce.Total, counted), categories, approved, ce.ApprovedProvider?.Label);
    }

    public static StillNeed Need(CeProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        // Made on the first short category: most results keep none, and every result is kept as long as its read.
        List<CategoryNeed>? byCategory = null;
        var categoriesTotal = 0m;
        for (var i = 0; i < progress.Categories.Count; i++)
        {
            var c = progress.Categories[i];
            if (c.Remaining <= 0m) continue;
            var amount = CeilHundredths(c.Remaining);
            (byCategory ??= new List<CategoryNeed>(progress.Categories.Count - i)).Add(new CategoryNeed(c.Code, c.Name, amount));
            categoriesTotal += amount;
        }
        var approved = CeilHundredths(progress.Approved?.Remaining ?? 0m);
        // New CE is assumed approved and taken where a category is short, so one amount closes all three gaps.
        var total = Math.Max(Math.Max(CeilHundredths(progress.Total.Remaining), categoriesTotal), approved);
        return new StillNeed(total, byCategory ?? NoCategories, approved, progress.UnitName, progress.ApprovedLabel);
    }

    private static readonly IReadOnlyList<CategoryNeed> NoCategories = [];

    // A need is something to do: round it up, so 0.004 short never reads as nothing.
    private static decimal CeilHundredths(decimal value) => Math.Ceiling(value * 100m) / 100m;
}
