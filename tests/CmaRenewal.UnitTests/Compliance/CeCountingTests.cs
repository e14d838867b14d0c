using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Compliance;

public sealed class CeCountingTests
{
    private const string Aama = "CMA-AAMA";

    [Fact]
    public void NonApprovedCap_ChoosesTheActivitiesThatMeetCategoryMinimums_NotTheEarliest()
    {
        // Date order would count the 30 general non-approved points first, use up the 30-point cap and leave
        // administrative and clinical 10 short each. The optimal choice leaves nothing short.
        var result = new EngineBuilder(Aama, "2020-03-10")
            .Ce("2021-01-10", 30, Units.AamaCeu, "general", approved: true)
            .Ce("2021-02-10", 30, Units.ContactHour, "general", approved: false)
            .Ce("2021-03-10", 10, Units.ContactHour, "administrative", approved: false)
            .Ce("2021-04-10", 10, Units.ContactHour, "clinical", approved: false)
            .EvaluateOn("2022-01-01");

        Assert.True(result.StillNeed.IsNothing, result.StillNeed.Summary);
        Assert.Equal(CredentialStatus.Compliant, result.Status);
        Assert.Equal([10m, 10m, 40m], result.Progress!.Categories.Select(c => c.Counted));
        Assert.Equal(10m, result.Activities.Single(a => a.ActivityId == 2).Counted);
        Assert.Contains("at most 30", result.Activities.Single(a => a.ActivityId == 2).NotCountedBecause);
    }

    [Fact]
    public void StillNeed_IsTheSmallestAmountThatClosesEveryGap()
    {
        var result = new EngineBuilder(Aama, "2020-03-10")
            .Ce("2021-01-10", 10, Units.AamaCeu, "administrative")
            .Ce("2021-01-11", 6, Units.AamaCeu, "clinical")
            .Ce("2021-01-12", 12, Units.AamaCeu, "general")
            .Ce("2021-01-13", 26, Units.ContactHour, "general", approved: false)
            .EvaluateOn("2022-01-01");

        Assert.Equal(6m, result.StillNeed.Total);
        Assert.Equal("6 more points: at least 4 clinical, at least 2 AAMA-approved", result.StillNeed.Summary);
    }

    [Theory]
    [InlineData(60, 30, true)]       // exactly at every minimum
    [InlineData(59.99, 30, false)]   // one hundredth short
    [InlineData(60, 29.99, false)]   // approved share one hundredth short
    public void ExactlyAtMinimum_IsEnough(decimal total, decimal approved, bool complete)
    {
        var nonApproved = total - approved;
        var result = new EngineBuilder(Aama, "2020-03-10")
            .Ce("2021-01-10", 10, Units.AamaCeu, "administrative")
            .Ce("2021-01-10", 10, Units.AamaCeu, "clinical")
            .Ce("2021-01-10", approved - 20, Units.AamaCeu, "general")
            .Ce("2021-01-10", nonApproved, Units.ContactHour, "general", approved: false)
            .EvaluateOn("2022-01-01");

        Assert.Equal(complete, result.StillNeed.IsNothing);
    }

    [Theory]
    [InlineData(Aama, Units.IacetCeu, 1.0, 10)]        // an IACET CEU is 10 hours, not 1 point
    [InlineData(Aama, Units.CollegeCredit, 1, 15)]
    [InlineData(Aama, Units.ContactHour, 3, 3)]
    [InlineData(Aama, Units.AmtPoint, 5, 0)]            // AAMA does not take AMT points as such
    [InlineData("CCMA-NHA", Units.ClockHour, 20, 10)]   // 2 hours = 1 credit
    [InlineData("CCMA-NHA", Units.ClockHour, 3, 1.5)]
    [InlineData("CCMA-NHA", Units.NhaCredit, 4, 4)]
    [InlineData("CCMA-NHA", Units.ContactHour, 1, 0.41)]
    [InlineData("RMA-AMT", Units.AmtPoint, 12.5, 12.5)]
    public void RawAmounts_AreConvertedByTheCredentialsPack(string pack, string unit, decimal amount, decimal expected)
    {
        var result = new EngineBuilder(pack, "2024-03-10").Ce("2024-06-01", amount, unit, category: null).EvaluateOn("2024-07-01");

        Assert.Equal(expected, result.Progress!.Total.Counted);
    }

    [Fact]
    public void UnacceptedUnit_IsExplained()
    {
        var result = new EngineBuilder(Aama, "2024-03-10").Ce("2024-06-01", 5, Units.AmtPoint).EvaluateOn("2024-07-01");

        Assert.Equal("The unit amt-point is not accepted for this credential.", result.Activities.Single().NotCountedBecause);
    }

    [Fact]
    public void CprCards_CountFourClinicalPointsEach_AtMostThree_ApprovedFirst()
    {
        var builder = new EngineBuilder(Aama, "2020-03-10");
        builder.Ce("2020-05-01", 1, Units.ClockHour, null, approved: false, kind: ActivityKinds.CprCard);
        for (var i = 0; i < 3; i++) builder.Ce($"2021-0{i + 1}-01", 1, Units.ClockHour, null, approved: true, kind: ActivityKinds.CprCard);

        var result = builder.EvaluateOn("2022-01-01");

        var clinical = result.Progress!.Categories.Single(c => c.Code == "clinical");
        Assert.Equal(12m, clinical.Counted);
        Assert.Equal(12m, result.Progress.Approved!.Counted);
        Assert.Equal("At most 3 of kind cpr-card count per cycle.", result.Activities.Single(a => a.ActivityId == 1).NotCountedBecause);
    }

    [Fact]
    public void Ncct_DoesNotAcceptCprCards()
    {
        var result = new EngineBuilder("NCMA-NCCT", "2024-03-10")
            .Ce("2024-05-01", 4, Units.ClockHour, kind: ActivityKinds.CprCard)
            .EvaluateOn("2024-06-01");

        Assert.Equal(0m, result.Progress!.Total.Counted);
        Assert.Equal("A cpr-card does not count for this credential.", result.Activities.Single().NotCountedBecause);
    }

    [Fact]
    public void SplitActivity_CountsInEachCategory()
    {
        var split = new ActivityFacts(7, D("2021-01-01"), Units.AamaCeu,
            [new CategoryShare("clinical", 3), new CategoryShare("administrative", 2)], ApprovedProvider: true);

        var result = new EngineBuilder(Aama, "2020-03-10").Activity(split).EvaluateOn("2022-01-01");

        Assert.Equal([2m, 3m, 0m], result.Progress!.Categories.Select(c => c.Counted));
        Assert.Equal(5m, result.Activities.Single().Counted);
    }

    [Fact]
    public void UnknownCategory_OnlyFillsTheFlexibleRemainder()
    {
        var result = new EngineBuilder(Aama, "2020-03-10").Ce("2021-01-01", 5, Units.AamaCeu, "pharmacy").EvaluateOn("2022-01-01");

        Assert.Equal(5m, result.Progress!.Total.Counted);
        Assert.All(result.Progress.Categories, c => Assert.Equal(0m, c.Counted));
    }
}
