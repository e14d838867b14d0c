using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>
/// Turns raw CE totals into pools in the pack's unit: converts units, applies fixed-worth kinds and their count
/// caps (approved ones first, since they are never worse), and drops what the pack does not accept.
/// </summary>
public static class CeConverter
{
    public static IReadOnlyList<CePool> ToPools(CeRequirement ce, IEnumerable<CeTotal> totals)
    {
        var pools = new Dictionary<(string? Category, bool Approved), decimal>();
        var countLeft = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        foreach (var total in totals.OrderByDescending(t => t.ApprovedProvider))
        {
            var worth = Worth(ce, total, countLeft, out var category);
            if (worth <= 0) continue;
            var key = (CanonicalCategory(ce, category), total.ApprovedProvider);
            pools[key] = pools.GetValueOrDefault(key) + worth;
        }

        // In the pack's category order, uncategorised last: the allocator hands out what is left of the non-approved
        // cap in this order, so it must not depend on the order the totals came in (SQL rows or activity dates).
        return [.. pools.OrderBy(p => CategoryRank(ce, p.Key.Category)).ThenByDescending(p => p.Key.Approved)
            .Select(p => new CePool(p.Key.Category, p.Key.Approved, p.Value, 0m))];
    }

    /// <summary>Pack-unit worth of a total; zero when the pack does not accept it.</summary>
    public static decimal Worth(CeRequirement ce, CeTotal total, Dictionary<string, int> countLeft, out string? category)
    {
        category = total.Category;
        var kind = ce.KindRuleFor(total.Kind);
        if (kind is not null)
        {
            if (!kind.Accepted) return 0m;
            if (kind.AmountEach is { } each)
            {
                var left = countLeft.TryGetValue(kind.Kind, out var l) ? l : kind.MaxCount ?? int.MaxValue;
                var counted = Math.Min(left, total.Count);
                countLeft[kind.Kind] = left - counted;
                category = kind.Category ?? category;
                return each * counted;
            }
        }
        var conversion = ce.ConversionFor(total.Unit);
        // Exact decimal products: summing then converting equals converting then summing, so SQL totals and
        // per-activity screens agree to the last digit.
        return conversion is null ? 0m : total.Amount * conversion.Factor;
    }

    private static int CategoryRank(CeRequirement ce, string? category)
    {
        for (var i = 0; i < ce.Categories.Count; i++)
            if (ce.Categories[i].Code == category) return i;
        return int.MaxValue;
    }

    public static string? CanonicalCategory(CeRequirement ce, string? category) =>
        ce.Categories.FirstOrDefault(c => string.Equals(c.Code, category, StringComparison.OrdinalIgnoreCase))?.Code;
}
