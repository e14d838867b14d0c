using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Credentials;

namespace CmaRenewal.UnitTests.AuditPacks;

public sealed class CycleHistoryTests
{
    private static readonly ComplianceEngine Engine = EngineBuilder.Engine();

    [Fact]
    public void NoRenewal_OnlyTheCurrentCycle_JudgedToday()
    {
        var credential = new CredentialFacts(1, "CMA-AAMA", D("2020-03-10"), []);

        var cycle = Assert.Single(CycleHistory.Of(Engine, credential, D("2022-06-01")));

        Assert.True(cycle.IsCurrent);
        Assert.Equal(D("2020-03-10"), cycle.Window.Start);
        Assert.Equal(D("2022-06-01"), cycle.AsOf);
    }

    [Theory]
    // AMT rolls on from the previous expiration; renewed early, the old cycle is judged on the renewal day.
    [InlineData("RMA-AMT", "2022-04-20", "2025-03-01", "2022-04-20", "2025-04-30", "2025-03-01", "2025-05-01")]
    // AAMA re-anchors on the renewal.
    [InlineData("CMA-AAMA", "2010-02-10", "2014-11-03", "2010-02-10", "2015-02-28", "2014-11-03", "2014-11-03")]
    // NCCT inactive since 2022, reactivated 2024-05-01: the first year is judged on that day, the current is 2024.
    [InlineData("NCMA-NCCT", "2020-03-01", "2024-05-01", "2020-03-01", "2021-12-31", "2024-05-01", "2024-01-01")]
    public void OneRenewal_PastCycleAsTheEngineSawIt_ThenTheCurrent(
        string pack, string certified, string renewed, string pastStart, string pastExpires, string pastAsOf, string currentStart)
    {
        var credential = new CredentialFacts(1, pack, D(certified), [new RenewalFacts(D(renewed))]);

        var cycles = CycleHistory.Of(Engine, credential, D("2026-01-01"));

        Assert.Equal(2, cycles.Count);
        var (past, current) = (cycles[0], cycles[1]);
        Assert.Equal((D(pastStart), D(pastExpires), D(pastAsOf)), (past.Window.Start, past.Window.Expires, past.AsOf));
        Assert.Equal(D(renewed), past.ClosedBy);
        Assert.Empty(past.Facts.Renewals);
        Assert.Equal(Engine.CycleOf(past.Facts, past.AsOf), past.Window);
        Assert.Equal(D(currentStart), current.Window.Start);
        Assert.Same(current, CycleHistory.Find(cycles, null));
        Assert.Same(past, CycleHistory.Find(cycles, D(pastStart)));
        Assert.Null(CycleHistory.Find(cycles, D("1999-01-01")));
    }

    [Fact]
    public void TypedExpiry_BelongsToTheCurrentCycleOnly()
    {
        var credential = new CredentialFacts(1, "CMA-AAMA", D("2010-02-10"), [new RenewalFacts(D("2014-11-03"))], D("2019-12-31"));

        var cycles = CycleHistory.Of(Engine, credential, D("2016-01-01"));

        Assert.Equal(D("2015-02-28"), cycles[0].Window.Expires);
        Assert.Equal(D("2019-12-31"), cycles[1].Window.Expires);
    }

    [Fact]
    public void RenewalAfterToday_IsNotYetACycle()
    {
        var credential = new CredentialFacts(1, "CMA-AAMA", D("2010-02-10"), [new RenewalFacts(D("2014-11-03"))]);

        Assert.Single(CycleHistory.Of(Engine, credential, D("2014-06-01")));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("2014-11-03", false)]
    [InlineData("2012-01-01", true)]
    public void PastCycle_ClaimsByItsOwnRenewalAreNotEarlier(string? claimedOn, bool earlier)
    {
        var credential = new CredentialFacts(1, "CMA-AAMA", D("2010-02-10"), [new RenewalFacts(D("2014-11-03"))]);
        var cycles = CycleHistory.Of(Engine, credential, D("2016-01-01"));

        Assert.Equal(earlier, cycles[0].ClaimedEarlier(claimedOn is null ? null : D(claimedOn)));
        Assert.Equal(claimedOn is not null, cycles[1].ClaimedEarlier(claimedOn is null ? null : D(claimedOn)));
    }
}
