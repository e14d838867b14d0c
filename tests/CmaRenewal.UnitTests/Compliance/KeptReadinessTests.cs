using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance.Readiness;

namespace CmaRenewal.UnitTests.Compliance;

/// <summary>When readiness counts kept on a totals stamp may stand in for a live count, and what they then say.</summary>
public sealed class KeptReadinessTests
{
    private static readonly DateOnly Start = new(2025, 3, 1);
    private static readonly DateOnly Expires = new(2030, 3, 31);
    private static readonly CycleWindow Cycle = new(2, Start, Expires, Expires, Start, Expires, Packs.Get("CMA-AAMA").Latest);
    private static readonly KeptReadiness Kept = new(Start, Expires, Start, Cycle.Rules.Version, new DateOnly(2026, 11, 20), 3, 2, 1);

    [Theory]
    [InlineData("2026-11-20", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2026-11-19", false)]
    public void ServesFor_AsOfOnOrAfterTheLatestCeLookedAt(string asOf, bool serves) =>
        Assert.Equal(serves, Kept.ServesFor(Cycle, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ServesFor_NoOtherCycleStartWindowOrRuleVersion()
    {
        var asOf = new DateOnly(2026, 12, 1);
        Assert.False((Kept with { CycleStart = Start.AddDays(1) }).ServesFor(Cycle, asOf));
        Assert.False((Kept with { EarnFrom = Start.AddYears(-1) }).ServesFor(Cycle, asOf));
        Assert.False((Kept with { EarnThrough = Expires.AddMonths(2) }).ServesFor(Cycle, asOf));
        Assert.False((Kept with { RulesVersion = Cycle.Rules.Version + 1 }).ServesFor(Cycle, asOf));
        Assert.True((Kept with { LatestOn = null }).ServesFor(Cycle, asOf));
    }

    [Fact]
    public void Judge_KeepsTheActivityCounts_AndJudgesTheApprovedShareOnTheRead()
    {
        var need = StillNeed.None("CEU");
        Assert.Equal(new AuditReadiness(3, 2, 1, 0), AuditDrill.ReadinessFromKept(new AuditReadiness(3, 2, 1, 1), null, need));
        Assert.Equal(new AuditReadiness(3, 2, 1, 1), AuditDrill.ReadinessFromKept(new AuditReadiness(3, 2, 1, 0), null, need with { Approved = 5m }));
    }
}
