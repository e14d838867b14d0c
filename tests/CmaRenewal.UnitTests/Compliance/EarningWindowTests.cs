using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Compliance;

public sealed class EarningWindowTests
{
    [Theory]
    // AAMA cycle 2020-03-10 .. 2025-03-31, late CE counts through the grace end 2025-06-29.
    [InlineData("CMA-AAMA", "2020-03-10", "2020-03-10", true)]  // first day of the cycle
    [InlineData("CMA-AAMA", "2020-03-10", "2020-03-09", false)] // one day before
    [InlineData("CMA-AAMA", "2020-03-10", "2025-03-31", true)]  // expiration day
    [InlineData("CMA-AAMA", "2020-03-10", "2025-06-29", true)]  // last day of grace
    [InlineData("CMA-AAMA", "2020-03-10", "2025-06-30", false)] // one day after
    // AMT: inside the cycle only, nothing during (or after) expiry.
    [InlineData("RMA-AMT", "2022-04-20", "2022-04-20", true)]
    [InlineData("RMA-AMT", "2022-04-20", "2022-04-19", false)]
    [InlineData("RMA-AMT", "2022-04-20", "2025-04-30", true)]
    [InlineData("RMA-AMT", "2022-04-20", "2025-05-01", false)]
    // NCCT: recertification year 2024 also accepts CE from 2023, but never from before the certification date.
    [InlineData("NCMA-NCCT", "2023-05-10", "2023-05-10", true)]
    [InlineData("NCMA-NCCT", "2023-05-10", "2023-05-09", false)]
    [InlineData("NCMA-NCCT", "2023-05-10", "2023-01-01", false)]
    public void ActivityCountsOnlyInsideTheEarningWindow(string pack, string certifiedOn, string completedOn, bool counts)
    {
        var unit = pack == "RMA-AMT" ? Units.AmtPoint : Units.ClockHour;
        var result = new EngineBuilder(pack, certifiedOn).Ce(completedOn, 1, unit).EvaluateOn("2025-06-30");

        Assert.Equal(counts, result.Activities.Single().Counted > 0m);
        if (!counts) Assert.StartsWith("Outside this cycle's earning window", result.Activities.Single().NotCountedBecause);
    }

    [Fact]
    public void ActivityAfterTheAsOfDate_DoesNotCountYet()
    {
        var result = new EngineBuilder("CMA-AAMA", "2020-03-10").Ce("2021-05-02", 5, Units.AamaCeu).EvaluateOn("2021-05-01");

        Assert.Equal(0m, result.Progress!.Total.Counted);
        Assert.Equal("Completed after May 1, 2021.", result.Activities.Single().NotCountedBecause);
    }

    [Fact]
    public void ActivityUsedForAnEarlierRenewal_DoesNotCarryOver()
    {
        var claimed = Core.ContinuingEducation.ActivityFacts.InOneCategory(9, D("2024-06-01"), 5, Units.ClockHour, null, true)
            with { ClaimedByEarlierRenewal = true };

        var result = new EngineBuilder("NCMA-NCCT", "2023-05-10").Renewed("2024-11-15").Activity(claimed).EvaluateOn("2025-03-01");

        Assert.Equal(0m, result.Progress!.Total.Counted);
        Assert.Equal("Already used for an earlier renewal; CE does not carry over.", result.Activities.Single().NotCountedBecause);
    }

    [Fact]
    public void NewCycle_StartsFromZero()
    {
        var result = new EngineBuilder("CCMA-NHA", "2023-05-10")
            .Ce("2024-01-10", 10, Units.NhaCredit)
            .Renewed("2025-04-01")
            .EvaluateOn("2025-06-01");

        Assert.Equal(0m, result.Progress!.Total.Counted);
        Assert.Equal(D("2027-05-10"), result.Cycle.Expires);
    }
}
