using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Compliance;

/// <summary>Grids decide on SQL totals, screens on activities: both must reach the same verdict.</summary>
public sealed class TotalsPathTests
{
    [Theory]
    [InlineData("CMA-AAMA", 1)]
    [InlineData("CMA-AAMA", 2)]
    [InlineData("RMA-AMT", 3)]
    [InlineData("CCMA-NHA", 4)]
    [InlineData("NCMA-NCCT", 5)]
    public void TotalsOfTheWindow_GiveTheSameResultAsActivities(string pack, int seed)
    {
        var random = new Random(seed);
        var builder = new EngineBuilder(pack, "2022-03-10");
        string?[] categories = ["administrative", "clinical", "general", null];
        for (var i = 0; i < 40; i++)
        {
            builder.Ce(D("2021-01-01").AddDays(random.Next(0, 1900)).ToString("yyyy-MM-dd", null),
                random.Next(1, 800) / 100m, Units.All[random.Next(Units.All.Count)], categories[random.Next(4)],
                approved: random.Next(2) == 0, kind: random.Next(8) == 0 ? ActivityKinds.CprCard : ActivityKinds.Course);
        }
        var asOf = D("2024-02-01");
        var engine = EngineBuilder.Engine();

        var detailed = engine.Evaluate(builder.Credential, builder.Activities, builder.Payments, asOf);
        var cycle = engine.CycleOf(builder.Credential, asOf);
        var totals = builder.Activities
            .Where(a => cycle.Contains(a.CompletedOn) && a.CompletedOn <= asOf)
            .GroupBy(a => (a.Unit, a.Shares[0].Category, a.ApprovedProvider, a.Kind))
            .Select(g => new CeTotal(g.Key.Unit, g.Key.Category, g.Key.ApprovedProvider, g.Key.Kind, g.Sum(a => a.Amount), g.Count()));
        var summed = engine.EvaluateTotals(builder.Credential, cycle, totals, builder.Payments, asOf);

        Assert.Equal(detailed.Status, summed.Status);
        Assert.Equal(detailed.StillNeed.Summary, summed.StillNeed.Summary);
        Assert.Equal(detailed.Progress, summed.Progress, new ProgressComparer());
        Assert.Equal(detailed.Progress!.Total.Counted, detailed.Activities.Sum(a => a.Counted));
    }

    private sealed class ProgressComparer : IEqualityComparer<CeProgress?>
    {
        public bool Equals(CeProgress? x, CeProgress? y) =>
            x!.Total == y!.Total && x.Approved == y.Approved && x.Categories.SequenceEqual(y.Categories);

        public int GetHashCode(CeProgress? obj) => 0;
    }
}
