using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>
/// Decides how much of each pool counts when the non-approved maximum forces a choice.
/// <para>
/// Approved CE always counts in full. Of the non-approved CE at most <c>total − approved minimum</c> counts, and
/// the choice is made to best meet the category minimums: first the part of each category's minimum that approved
/// CE leaves open, then anything. This is optimal: the total counted and the approved share do not depend on the
/// choice, and every non-approved point spent on an open minimum lowers the category shortfall by one, which no
/// other choice can beat. Taking activities in date order is not: early general CE can use up the cap that a later
/// clinical course needed.
/// </para>
/// </summary>
public static class CeAllocator
{
    public static IReadOnlyList<CePool> Allocate(CeRequirement ce, IReadOnlyList<CePool> pools)
    {
        var result = pools.Select(p => p.ApprovedProvider ? p with { Counted = p.Available } : p with { Counted = 0m }).ToList();
        var nonApproved = result.Where(p => !p.ApprovedProvider).ToList();
        var budget = Math.Min(ce.NonApprovedMaximum ?? decimal.MaxValue, nonApproved.Sum(p => p.Available));

        // First pass: open category minimums.
        foreach (var category in ce.Categories)
        {
            var open = Math.Max(0m, category.Minimum - ApprovedIn(result, category.Code));
            var index = result.FindIndex(p => !p.ApprovedProvider && p.Category == category.Code);
            if (index < 0 || open == 0m || budget == 0m) continue;
            var take = Math.Min(Math.Min(open, result[index].Available), budget);
            result[index] = result[index] with { Counted = take };
            budget -= take;
        }

        // Second pass: whatever is left of the cap fills the flexible remainder.
        for (var i = 0; i < result.Count && budget > 0m; i++)
        {
            if (result[i].ApprovedProvider) continue;
            var take = Math.Min(result[i].Available - result[i].Counted, budget);
            result[i] = result[i] with { Counted = result[i].Counted + take };
            budget -= take;
        }
        return result;
    }

    private static decimal ApprovedIn(List<CePool> pools, string category) =>
        pools.Where(p => p.ApprovedProvider && p.Category == category).Sum(p => p.Available);
}
