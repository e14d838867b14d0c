using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Credentials;

namespace CmaRenewal.UnitTests.Compliance;

public sealed class CycleCalculatorTests
{
    [Theory]
    // AAMA's official example: certified or recertified in February 2010 → recertify by the last day of February 2015.
    [InlineData("CMA-AAMA", "2010-02-01", "2015-02-28")]
    [InlineData("CMA-AAMA", "2010-02-10", "2015-02-28")]
    [InlineData("CMA-AAMA", "2010-02-28", "2015-02-28")]
    // Leap days and month ends: Feb 29 certification; an expiry landing in a leap February; December.
    [InlineData("CMA-AAMA", "2012-02-29", "2017-02-28")]
    [InlineData("CMA-AAMA", "2019-02-15", "2024-02-29")]
    [InlineData("CMA-AAMA", "2011-12-31", "2016-12-31")]
    [InlineData("CMA-AAMA", "2020-01-31", "2025-01-31")]
    // AMT: 36-month CE cycle counted from the end of the certification month.
    [InlineData("RMA-AMT", "2022-04-20", "2025-04-30")]
    // NHA: the same day two years later; Feb 29 falls back to Feb 28.
    [InlineData("CCMA-NHA", "2023-05-10", "2025-05-10")]
    [InlineData("CCMA-NHA", "2024-02-29", "2026-02-28")]
    [InlineData("CPT-NHA", "2024-12-31", "2026-12-31")]
    // NCCT: 31 December of the recertification year.
    [InlineData("NCMA-NCCT", "2023-05-10", "2024-12-31")]
    [InlineData("NCMA-NCCT", "2023-01-01", "2024-12-31")]
    [InlineData("NCMA-NCCT", "2023-12-31", "2024-12-31")]
    // AHA BLS: end of the month of issue, 24 months on.
    [InlineData("BLS-AHA", "2024-03-15", "2026-03-31")]
    [InlineData("BLS-AHA", "2024-02-29", "2026-02-28")]
    public void FirstCycle_ExpiresOnThePackAnchor(string pack, string certifiedOn, string expected)
    {
        var cycle = Cycle(pack, certifiedOn, [], certifiedOn);

        Assert.Equal(D(expected), cycle.Expires);
        Assert.Equal(D(certifiedOn), cycle.Start);
        Assert.Equal(1, cycle.Number);
    }

    [Theory]
    // AAMA re-anchors on the month of the (early) recertification.
    [InlineData("CMA-AAMA", "2010-02-10", "2014-11-03", "2014-11-03", "2019-11-30")]
    // AMT and NHA roll on from the previous expiration, even when renewed early.
    [InlineData("RMA-AMT", "2022-04-20", "2025-03-01", "2025-05-01", "2028-04-30")]
    [InlineData("CCMA-NHA", "2023-05-10", "2025-04-01", "2025-05-11", "2027-05-10")]
    [InlineData("NCMA-NCCT", "2023-05-10", "2024-11-15", "2025-01-01", "2025-12-31")]
    // A renewal after the grace window is a reinstatement: it anchors afresh.
    [InlineData("RMA-AMT", "2018-04-20", "2023-06-15", "2023-06-15", "2026-06-30")]
    // A new BLS card starts a new two-year card.
    [InlineData("BLS-AHA", "2022-03-15", "2024-03-02", "2024-03-02", "2026-03-31")]
    public void Renewal_StartsTheNextCycle(string pack, string certifiedOn, string renewedOn, string expectedStart, string expectedExpiry)
    {
        var cycle = Cycle(pack, certifiedOn, [renewedOn], renewedOn);

        Assert.Equal(D(expectedStart), cycle.Start);
        Assert.Equal(D(expectedExpiry), cycle.Expires);
        Assert.Equal(2, cycle.Number);
    }

    [Fact]
    public void RenewalAfterTheAsOfDate_IsIgnored()
    {
        var cycle = Cycle("CMA-AAMA", "2010-02-10", ["2014-11-03"], "2014-11-02");

        Assert.Equal(D("2015-02-28"), cycle.Expires);
    }

    [Fact]
    public void ExpiryOverride_ReplacesTheComputedDate()
    {
        var credential = new CredentialFacts(1, "CCMA-NHA", D("2023-05-10"), [], ExpiresOnOverride: D("2025-06-30"));

        var cycle = CycleCalculator.Current(Packs.Get("CCMA-NHA"), credential, D("2024-01-01"));

        Assert.Equal(D("2025-06-30"), cycle.Expires);
    }

    [Theory]
    [InlineData("CMA-AAMA", "2015-02-28", "2015-05-29")] // 90 days of late-CE grace
    [InlineData("NCMA-NCCT", "2024-12-31", "2029-12-31")] // five years
    [InlineData("BLS-AHA", "2026-03-31", "2026-03-31")]   // none
    public void GraceEnds_AfterThePackLateCeGrace(string pack, string expires, string graceEnds)
    {
        var credential = new CredentialFacts(1, pack, D("2000-01-01"), [], ExpiresOnOverride: D(expires));

        var cycle = CycleCalculator.Current(Packs.Get(pack), credential, D(expires));

        Assert.Equal(D(graceEnds), cycle.GraceEnds);
    }

    [Fact]
    public void Ncct_EarningWindow_ReachesBackToTheYearBeforeTheRecertificationYear()
    {
        var cycle = Cycle("NCMA-NCCT", "2023-05-10", ["2024-11-15"], "2025-03-01");

        Assert.Equal(D("2024-01-01"), cycle.EarnFrom);
        Assert.Equal(D("2030-12-31"), cycle.EarnThrough);
    }

    private static CycleWindow Cycle(string pack, string certifiedOn, string[] renewals, string asOf) =>
        CycleCalculator.Current(
            Packs.Get(pack),
            new CredentialFacts(1, pack, D(certifiedOn), [.. renewals.Select(r => new RenewalFacts(D(r)))]),
            D(asOf));
}
