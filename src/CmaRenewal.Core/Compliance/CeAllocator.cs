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
    // Indexed loops over an array of amounts (foreach over the interfaces allocates an enumerator), pools made once at the end: this runs for every credential of the
    // organisation, and LINQ with a record copy per step made it the engine's largest allocator.
    public static IReadOnlyList<CePool> Allocate(CeRequirement ce, IReadOnlyList<CePool> pools)
    {
        ArgumentNullException.ThrowIfNull(ce);
        ArgumentNullException.ThrowIfNull(pools);
        var counted = new decimal[pools.Count];
        var nonApprovedAvailable = 0m;
        for (var i = 0; i < pools.Count; i++)
        {
            if (pools[i].ApprovedProvider) counted[i] = pools[i].Available;
            else nonApprovedAvailable += pools[i].Available;
        }
        var budget = Math.Min(ce.NonApprovedMaximum ?? decimal.MaxValue, nonApprovedAvailable);

        // First pass: open category minimums.
        for (var c = 0; c < ce.Categories.Count; c++)
        {
            var category = ce.Categories[c];
            var open = Math.Max(0m, category.Minimum - ApprovedIn(pools, category.Code));
            var index = NonApprovedIndex(pools, category.Code);
            if (index < 0 || open == 0m || budget == 0m) continue;
            var take = Math.Min(Math.Min(open, pools[index].Available), budget);
            counted[index] = take;
            budget -= take;
        }

        // Second pass: whatever is left of the cap fills the flexible remainder.
        for (var i = 0; i < pools.Count && budget > 0m; i++)
        {
            if (pools[i].ApprovedProvider) continue;
            var take = Math.Min(pools[i].Available - counted[i], budget);
            counted[i] += take;
            budget -= take;
        }

        var result = new CePool[pools.Count];
        for (var i = 0; i < pools.Count; i++) result[i] = pools[i] with { Counted = counted[i] };
        return result;
    }

    private static decimal ApprovedIn(IReadOnlyList<CePool> pools, string category)
    {
        var sum = 0m;
        for (var i = 0; i < pools.Count; i++)
            if (pools[i].ApprovedProvider && pools[i].Category == category) sum += pools[i].Available;
        return sum;
    }

    private static int NonApprovedIndex(IReadOnlyList<CePool> pools, string category)
    {
        for (var i = 0; i < pools.Count; i++)
            if (!pools[i].ApprovedProvider && pools[i].Category == category) return i;
        return -1;
    }
}
