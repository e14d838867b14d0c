using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Credentials;

namespace CmaRenewal.UnitTests.Compliance;

/// <summary>
/// Rolling cycles keep the original anchor day, clamped per year (issue 11, item 5): a 29 February anchor ends on
/// 28 February in common years and on the 29th again in leap years, however many cycles on.
/// </summary>
public sealed class LeapDayAnchorTests
{
    [Theory]
    // NHA, the same day two years on.
    [InlineData("CCMA-NHA", "2026-02-28", "2028-02-29", "2030-02-28")]
    [InlineData("CMAA-NHA", "2026-02-28", "2028-02-29", "2030-02-28")]
    [InlineData("CPT-NHA", "2026-02-28", "2028-02-29", "2030-02-28")]
    [InlineData("CET-NHA", "2026-02-28", "2028-02-29", "2030-02-28")]
    // AMT, the end of the anniversary month every 36 months.
    [InlineData("RMA-AMT", "2027-02-28", "2030-02-28", "2033-02-28")]
    // NCCT, 31 December of each recertification year.
    [InlineData("NCMA-NCCT", "2025-12-31", "2026-12-31", "2027-12-31")]
    public void ThreeCyclesRenewedOnTheirExpiryDay_StayOnTheAnniversary(string pack, string first, string second, string third)
    {
        var expiries = ExpiriesRenewingOn(pack, e => e);

        Assert.Equal([D(first), D(second), D(third)], expiries);
    }

    [Theory]
    [InlineData("CCMA-NHA", "2026-02-28", "2028-02-29", "2030-02-28")]
    [InlineData("RMA-AMT", "2027-02-28", "2030-02-28", "2033-02-28")]
    public void ThreeCyclesRenewedEarly_StayOnTheAnniversary(string pack, string first, string second, string third)
    {
        var expiries = ExpiriesRenewingOn(pack, e => e.AddMonths(-2));

        Assert.Equal([D(first), D(second), D(third)], expiries);
    }

    [Theory]
    // Packs that re-anchor on the renewal date: a renewal on 28 February 2029 anchors there, not on the 29th.
    [InlineData("CMA-AAMA", "2029-02-28", "2034-02-28")]
    [InlineData("BLS-AHA", "2026-02-28", "2028-02-29")]
    public void ReanchoringPacks_CountFromTheRenewalMonth(string pack, string first, string second)
    {
        var expiries = ExpiriesRenewingOn(pack, e => e).Take(2);

        Assert.Equal([D(first), D(second)], expiries);
    }

    // Certified 2024-02-29; each cycle renewed on the day picked from its expiry; the expiry of each of three cycles.
    private static List<DateOnly> ExpiriesRenewingOn(string pack, Func<DateOnly, DateOnly> renewalDay)
    {
        var credential = new CredentialFacts(1, pack, D("2024-02-29"), []);
        var expiries = new List<DateOnly>();
        for (var k = 0; k < 3; k++)
        {
            var cycle = CycleCalculator.Current(Packs.Get(pack), credential, D("2099-01-01"));
            expiries.Add(cycle.Expires);
            credential = credential with { Renewals = [.. credential.Renewals, new RenewalFacts(renewalDay(cycle.Expires))] };
        }
        return expiries;
    }
}
