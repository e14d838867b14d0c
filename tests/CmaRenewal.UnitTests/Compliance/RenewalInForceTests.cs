using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Credentials;

namespace CmaRenewal.UnitTests.Compliance;

/// <summary>A recorded renewal always leaves the credential in force on the renewal date (issue 11, item 2).</summary>
public sealed class RenewalInForceTests
{
    public enum When { LongBefore, DayBeforeExpiry, OnExpiry, DayAfterExpiry, LastDayOfGrace, DayAfterGrace, YearsAfterGrace }

    public static TheoryData<string, When> EveryPackAndTiming()
    {
        var data = new TheoryData<string, When>();
        foreach (var pack in Packs.Shipped.All.Select(p => p.Code).Order(StringComparer.Ordinal))
            foreach (var when in Enum.GetValues<When>()) data.Add(pack, when);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPackAndTiming))]
    public void CycleAfterRenewal_IsInForceOnTheRenewalDate(string pack, When when)
    {
        var certified = new CredentialFacts(1, pack, D("2020-03-01"), []);
        var first = CycleCalculator.Current(Packs.Get(pack), certified, certified.CertifiedOn);
        var renewedOn = when switch
        {
            When.LongBefore => first.Expires.AddMonths(-9),
            When.DayBeforeExpiry => first.Expires.AddDays(-1),
            When.OnExpiry => first.Expires,
            When.DayAfterExpiry => first.Expires.AddDays(1),
            When.LastDayOfGrace => first.GraceEnds,
            When.DayAfterGrace => first.GraceEnds.AddDays(1),
            _ => first.GraceEnds.AddYears(3),
        };

        var cycle = CycleCalculator.Current(Packs.Get(pack), certified with { Renewals = [new RenewalFacts(renewedOn)] }, renewedOn);

        Assert.Equal(2, cycle.Number);
        Assert.True(cycle.Expires >= renewedOn, $"{pack} renewed {renewedOn}: new cycle expired {cycle.Expires}.");
        // Either the new cycle has begun, or it follows on without a gap from a cycle still running on the renewal date.
        Assert.True(
            cycle.Start <= renewedOn || (cycle.Start == first.Expires.AddDays(1) && first.Expires >= renewedOn),
            $"{pack} renewed {renewedOn}: a gap before the new cycle starting {cycle.Start}.");
    }

    [Theory]
    // The case: certified 2020-03-01, inactive since 2022, renewed 2024-05-01: active for recertification year 2024.
    [InlineData("2024-05-01", "2024-01-01", "2024-12-31")]
    // Renewed on time for the next year (before the first recertification year ends): follows on.
    [InlineData("2021-11-15", "2022-01-01", "2022-12-31")]
    // Renewed on the first day of a later year.
    [InlineData("2023-01-01", "2023-01-01", "2023-12-31")]
    public void Ncct_RenewalWhileInactive_RenewsTheRecertificationYearItFallsIn(string renewedOn, string start, string expires)
    {
        var builder = new EngineBuilder("NCMA-NCCT", "2020-03-01").Renewed(renewedOn);

        var result = builder.EvaluateOn(renewedOn);

        Assert.Equal((D(start), D(expires)), (result.Cycle.Start, result.Cycle.Expires));
        Assert.NotEqual(CredentialStatus.InGrace, result.Status);
        Assert.NotEqual(CredentialStatus.Lapsed, result.Status);
    }

    [Fact]
    public void Ncct_YearlyRenewalsAfterReactivation_RollOnFromIt()
    {
        var builder = new EngineBuilder("NCMA-NCCT", "2020-03-01").Renewed("2024-05-01").Renewed("2024-12-01");

        var cycle = EngineBuilder.Engine().CycleOf(builder.Credential, D("2025-02-01"));

        Assert.Equal((3, D("2025-01-01"), D("2025-12-31")), (cycle.Number, cycle.Start, cycle.Expires));
    }
}
