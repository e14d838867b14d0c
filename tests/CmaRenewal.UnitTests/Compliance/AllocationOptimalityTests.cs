using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Compliance;

/// <summary>
/// Compares the allocator with an exhaustive search over every whole-point choice of non-approved CE on many
/// small random instances of the AAMA requirement: it must never need more CE than the best choice.
/// </summary>
public sealed class AllocationOptimalityTests
{
    private static readonly CeRequirement Aama = Packs.Get("CMA-AAMA").Latest.Ce!;
    private static readonly string?[] Categories = ["administrative", "clinical", "general", null];

    [Fact]
    public void Allocator_MatchesExhaustiveSearch_On200RandomInstances()
    {
        var random = new Random(20261127);
        for (var run = 0; run < 200; run++)
        {
            var pools = Categories.SelectMany(c => new[]
            {
                new CePool(c, true, random.Next(0, 16), 0m),
                new CePool(c, false, random.Next(0, 13), 0m),
            }).ToList();

            var allocated = CeMeasure.Need(CeMeasure.Progress(Aama, CeAllocator.Allocate(Aama, pools))).Total;

            Assert.Equal(BestByExhaustiveSearch(pools), allocated);
        }
    }

    private static decimal BestByExhaustiveSearch(List<CePool> pools)
    {
        var approved = pools.Where(p => p.ApprovedProvider).ToList();
        var other = pools.Where(p => !p.ApprovedProvider).ToList();
        var best = decimal.MaxValue;
        foreach (var choice in Choices(other, 0, Aama.NonApprovedMaximum!.Value))
        {
            var counted = approved.Concat(other.Select((p, i) => p with { ApprovedProvider = false, Counted = choice[i] })).ToList();
            var withApproved = counted.Select(p => p.ApprovedProvider ? p with { Counted = p.Available } : p).ToList();
            best = Math.Min(best, CeMeasure.Need(CeMeasure.Progress(Aama, withApproved)).Total);
        }
        return best;
    }

    private static IEnumerable<decimal[]> Choices(List<CePool> pools, int index, decimal budget)
    {
        if (index == pools.Count)
        {
            yield return new decimal[pools.Count];
            yield break;
        }
        for (var take = 0m; take <= Math.Min(pools[index].Available, budget); take++)
        {
            foreach (var rest in Choices(pools, index + 1, budget - take))
            {
                rest[index] = take;
                yield return rest;
            }
        }
    }
}
