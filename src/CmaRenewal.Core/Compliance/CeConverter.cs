using System.Runtime.InteropServices;
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
        ArgumentNullException.ThrowIfNull(ce);
        // Sums in a list of structs searched in place, records made once at the end: a cycle has a handful of pools,
        // this runs for every credential, and a record copied per added total was a tenth of the organisation's engine time.
        var sums = new List<PoolSum>(8);
        Dictionary<string, int>? countLeft = null;
        var all = totals as IReadOnlyList<CeTotal> ?? [.. totals];

        // Approved totals first, each group in the order given: count caps are never worse spent on approved CE.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var t = 0; t < all.Count; t++)
            {
                var total = all[t];
                if (total.ApprovedProvider != (pass == 0)) continue;
                var worth = Worth(ce, total.Unit, total.Category, total.Kind, total.Amount, total.Count, ref countLeft, out var category);
                if (worth <= 0) continue;
                var canonical = CanonicalCategory(ce, category);
                var span = CollectionsMarshal.AsSpan(sums);
                var index = IndexOf(span, canonical, total.ApprovedProvider);
                if (index < 0) sums.Add(new PoolSum(canonical, total.ApprovedProvider, CategoryRank(ce, canonical)) { Available = worth });
                else span[index].Available += worth;
            }
        }

        // In the pack's category order, uncategorised last: the allocator hands out what is left of the non-approved
        // cap in this order, so it must not depend on the order the totals came in (SQL rows or activity dates).
        // Each (category, approval) pair is one pool, so the order is total.
        // An insertion sort: a handful of pools, and no closure over the pack for every credential.
        var sorted = CollectionsMarshal.AsSpan(sums);
        for (var i = 1; i < sorted.Length; i++)
        {
            var pool = sorted[i];
            var j = i - 1;
            for (; j >= 0 && sorted[j].ComesAfter(pool); j--) sorted[j + 1] = sorted[j];
            sorted[j + 1] = pool;
        }
        var pools = new CePool[sorted.Length];
        for (var i = 0; i < pools.Length; i++) pools[i] = new CePool(sorted[i].Category, sorted[i].ApprovedProvider, sorted[i].Available, 0m);
        return pools;
    }

    private record struct PoolSum(string? Category, bool ApprovedProvider, int Rank)
    {
        public decimal Available;

        // Category order first, approved before non-approved within a category.
        public readonly bool ComesAfter(PoolSum other) =>
            Rank != other.Rank ? Rank > other.Rank : !ApprovedProvider && other.ApprovedProvider;
    }

    private static int IndexOf(ReadOnlySpan<PoolSum> pools, string? category, bool approved)
    {
        for (var i = 0; i < pools.Length; i++)
            if (pools[i].ApprovedProvider == approved && pools[i].Category == category) return i;
        return -1;
    }

    /// <summary>
    /// Pack-unit worth of <paramref name="count"/> activities totalling <paramref name="amount"/>; zero when the pack does
    /// not accept them. <paramref name="countLeft"/> tracks the count caps of fixed-worth kinds, made on first need: most
    /// packs have none, and this runs for every share of every activity the engine explains.
    /// </summary>
    public static decimal Worth(CeRequirement ce, string unit, string? category, string kind, decimal amount, int count,
        ref Dictionary<string, int>? countLeft, out string? countedIn)
    {
        ArgumentNullException.ThrowIfNull(ce);
        countedIn = category;
        var rule = ce.KindRuleFor(kind);
        if (rule is not null)
        {
            if (!rule.Accepted) return 0m;
            if (rule.AmountEach is { } each)
            {
                countLeft ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                var left = countLeft.TryGetValue(rule.Kind, out var l) ? l : rule.MaxCount ?? int.MaxValue;
                var counted = Math.Min(left, count);
                countLeft[rule.Kind] = left - counted;
                countedIn = rule.Category ?? category;
                return each * counted;
            }
        }
        var conversion = ce.ConversionFor(unit);
        // Exact decimal products: summing then converting equals converting then summing, so SQL totals and
        // per-activity screens agree to the last digit.
        return conversion is null ? 0m : amount * conversion.Factor;
    }

    private static int CategoryRank(CeRequirement ce, string? category)
    {
        for (var i = 0; i < ce.Categories.Count; i++)
            if (ce.Categories[i].Code == category) return i;
        return int.MaxValue;
    }

    // An indexed loop (foreach over the interface allocates): this runs for every share of every activity explained.
    public static string? CanonicalCategory(CeRequirement ce, string? category)
    {
        ArgumentNullException.ThrowIfNull(ce);
        for (var i = 0; i < ce.Categories.Count; i++)
            if (string.Equals(ce.Categories[i].Code, category, StringComparison.OrdinalIgnoreCase)) return ce.Categories[i].Code;
        return null;
    }
}
