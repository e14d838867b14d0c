using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>Progress and the smallest "still need" from allocated pools.</summary>
public static class CeMeasure
{
    public static CeProgress Progress(CeRequirement ce, IReadOnlyList<CePool> pools)
    {
        var counted = pools.Sum(p => p.Counted);
        var categories = ce.Categories
            .Select(c => new CategoryProgress(c.Code, c.Name, c.Minimum, pools.Where(p => p.Category == c.Code).Sum(p => p.Counted)))
            .ToList();
        var approved = ce.ApprovedProvider is { } rule
            ? new RequirementProgress(rule.Minimum, pools.Where(p => p.ApprovedProvider).Sum(p => p.Counted))
            : null;
        return new CeProgress(ce.UnitName, new RequirementProgress(ce.Total, counted), categories, approved, ce.ApprovedProvider?.Label);
    }

    public static StillNeed Need(CeProgress progress)
    {
        var byCategory = progress.Categories
            .Where(c => c.Remaining > 0m)
            .Select(c => new CategoryNeed(c.Code, c.Name, CeilHundredths(c.Remaining)))
            .ToList();
        var approved = CeilHundredths(progress.Approved?.Remaining ?? 0m);
        // New CE is assumed approved and taken where a category is short, so one amount closes all three gaps.
        var total = Math.Max(Math.Max(CeilHundredths(progress.Total.Remaining), byCategory.Sum(c => c.Amount)), approved);
        return new StillNeed(total, byCategory, approved, progress.UnitName, progress.ApprovedLabel);
    }

    // A need is something to do: round it up, so 0.004 short never reads as nothing.
    private static decimal CeilHundredths(decimal value) => Math.Ceiling(value * 100m) / 100m;
}
