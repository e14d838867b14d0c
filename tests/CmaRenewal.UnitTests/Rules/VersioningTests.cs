using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Rules;

public sealed class VersioningTests
{
    // A hypothetical AAMA change: from 2026 the total rises to 70. Cycles that started before keep the old rule.
    private static readonly RulePack TwoVersions = WithSecondVersion();

    [Theory]
    [InlineData("2025-12-31", 60)]
    [InlineData("2026-01-01", 70)]
    public void ACycle_IsJudgedByTheVersionInForceWhenItStarted(string certifiedOn, decimal expectedTotal)
    {
        var cycle = CycleCalculator.Current(TwoVersions, new CredentialFacts(1, "CMA-AAMA", D(certifiedOn), []), D("2027-06-01"));

        Assert.Equal(expectedTotal, cycle.Rules.Ce!.Total);
    }

    [Fact]
    public void ACycleOlderThanEveryVersion_UsesTheFirst()
    {
        Assert.Equal(1, TwoVersions.VersionFor(D("1999-01-01")).Version);
    }

    [Fact]
    public void ExactDatePack_NeedsTheTypedExpiry()
    {
        var first = Packs.Get("BLS-AHA").Latest;
        var exact = Packs.Get("BLS-AHA") with { Versions = [first with { Cycle = first.Cycle with { Anchor = ExpiryAnchor.ExactDate } }] };

        Assert.Throws<ArgumentException>(() => CycleCalculator.Current(exact, new CredentialFacts(1, "BLS-AHA", D("2025-01-01"), []), D("2025-02-01")));
        var typed = CycleCalculator.Current(exact, new CredentialFacts(1, "BLS-AHA", D("2025-01-01"), [], D("2026-12-15")), D("2025-02-01"));
        Assert.Equal(D("2026-12-15"), typed.Expires);
    }

    private static RulePack WithSecondVersion()
    {
        var pack = Packs.Get("CMA-AAMA");
        var first = pack.Versions[0];
        var second = first with { Version = 2, EffectiveFrom = D("2026-01-01"), Ce = first.Ce! with { Total = 70 } };
        return pack with { Versions = [first, second] };
    }
}
