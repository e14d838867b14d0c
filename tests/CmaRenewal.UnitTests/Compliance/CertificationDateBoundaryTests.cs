using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Credentials;

namespace CmaRenewal.UnitTests.Compliance;

/// <summary>No pack counts CE dated before the certification date (issue 11, item 1), in a first cycle or a later one.</summary>
public sealed class CertificationDateBoundaryTests
{
    public static TheoryData<string> EveryPack => [.. Packs.Shipped.All.Select(p => p.Code).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(EveryPack))]
    public void FirstCycle_OpensOnTheCertificationDay(string pack)
    {
        // NCCT's window reaches back to 1 January of the year before the recertification year: not before 2025-05-10.
        var window = CycleCalculator.Current(Packs.Get(pack), new CredentialFacts(1, pack, D("2025-05-10"), []), D("2025-06-01"));

        Assert.Equal(D("2025-05-10"), window.EarnFrom);
        Assert.False(window.Contains(D("2025-05-09")));
        Assert.True(window.Contains(D("2025-05-10")));
    }

    [Theory]
    [MemberData(nameof(EveryPack))]
    public void FirstCycle_CountsCeFromTheCertificationDayOn(string pack)
    {
        if (Packs.Get(pack).Latest.Ce is not { } ce) return; // BLS: no CE to count; its window is checked above
        var (unit, category) = (ce.Conversions[0].Unit, ce.Categories.Count > 0 ? ce.Categories[0].Code : null);
        var result = new EngineBuilder(pack, "2025-05-10")
            .Ce("2025-05-09", 1, unit, category)
            .Ce("2025-05-10", 1, unit, category)
            .EvaluateOn("2025-06-01");

        Assert.Equal([false, true], result.Activities.OrderBy(a => a.ActivityId).Select(a => a.Counted > 0m));
    }

    [Theory]
    // Certified 2025-05-10; each renewal recorded shortly before the first expiry. The new cycle's window opens at
    // its start (AAMA, BLS: the renewal date; AMT, NHA: the day after the previous expiry), or for NCCT on 1 January
    // of the year before the recertification year, which is after the certification date.
    [InlineData("CMA-AAMA", "2030-04-15", "2030-04-15")]
    [InlineData("RMA-AMT", "2028-04-15", "2028-06-01")]
    [InlineData("CCMA-NHA", "2027-04-15", "2027-05-11")]
    [InlineData("CMAA-NHA", "2027-04-15", "2027-05-11")]
    [InlineData("CPT-NHA", "2027-04-15", "2027-05-11")]
    [InlineData("CET-NHA", "2027-04-15", "2027-05-11")]
    [InlineData("NCMA-NCCT", "2026-11-15", "2026-01-01")]
    [InlineData("BLS-AHA", "2027-05-02", "2027-05-02")]
    public void CycleAfterRenewal_OpensAtItsOwnStartAndNeverBeforeCertification(string pack, string renewedOn, string earnFrom)
    {
        var builder = new EngineBuilder(pack, "2025-05-10").Renewed(renewedOn);
        var from = D(earnFrom);
        var asOf = (from > D(renewedOn) ? from : D(renewedOn)).AddDays(60);

        var window = EngineBuilder.Engine().CycleOf(builder.Credential, asOf);

        Assert.Equal(2, window.Number);
        Assert.Equal(from, window.EarnFrom);
        Assert.True(window.EarnFrom >= builder.CertifiedOn);
        Assert.False(window.Contains(builder.CertifiedOn.AddDays(-1)));
        Assert.False(window.Contains(from.AddDays(-1)));
        Assert.True(window.Contains(from));
    }
}
