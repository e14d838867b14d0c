using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Rules;

public sealed class RuleEditorTests
{
    private static readonly RulePack Aama = Packs.Get("CMA-AAMA");

    private static RuleEdit Edit(decimal? total = null, string? grace = null, string? source = null, bool verified = false) =>
        new(D("2027-01-01"), "AAMA raised the total", source, verified, D("2026-11-27"), CeTotal: total, LateCeGrace: grace);

    [Fact]
    public void Draft_MakesTheNextVersionWithTheAdminsProvenance()
    {
        var (_, pack) = RuleEditor.Draft(Aama, [], Edit(total: 70));

        var made = pack.Latest;
        Assert.Equal(Aama.Latest.Version + 1, made.Version);
        Assert.Equal(D("2027-01-01"), made.EffectiveFrom);
        Assert.Equal(70, made.Ce!.Total);
        Assert.Equal(Confidence.Unverified, made.Ce.Provenance.Confidence);
        Assert.Equal("Admin override: AAMA raised the total", made.Ce.Provenance.Note);
        Assert.Equal(Aama.Latest.Cycle.Provenance, made.Cycle.Provenance);
    }

    [Fact]
    public void Draft_WithASourceMarkedVerified_IsVerified()
    {
        var (_, pack) = RuleEditor.Draft(Aama, [], Edit(total: 70, source: "https://www.aama-ntl.org/new", verified: true));

        Assert.Equal(Confidence.Verified, pack.Latest.Ce!.Provenance.Confidence);
        Assert.Equal("https://www.aama-ntl.org/new", pack.Latest.Ce.Provenance.Source);
    }

    [Theory]
    [InlineData(20, null, "ce.categories")]
    [InlineData(null, "ninety days", "lapse.lateCeGrace")]
    public void Draft_RefusesWhatThePackReaderRefuses(int? total, string? grace, string field)
    {
        var error = Assert.Throws<RulePackException>(() => RuleEditor.Draft(Aama, [], Edit(total, grace)));

        Assert.EndsWith(field, error.Field, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-31", 60)]
    [InlineData("2027-01-01", 70)]
    public void AFutureOverride_ChangesOnlyCyclesStartingOnOrAfterIt(string certifiedOn, decimal expectedTotal)
    {
        var (json, _) = RuleEditor.Draft(Aama, [], Edit(total: 70));
        var holder = new RuleCatalogHolder(Packs.Shipped);
        var engine = new ComplianceEngine(holder, TestClock.Create());
        var credential = new CredentialFacts(1, "CMA-AAMA", D(certifiedOn), []);

        Assert.Equal(60, engine.CycleOf(credential, D("2028-06-01")).Rules.Ce!.Total);
        holder.Replace(RulePackOverlay.Apply(Packs.Shipped, [new RulePackOverride("CMA-AAMA", 2, D("2027-01-01"), json, "why", "ada", DateTime.UnixEpoch)]));

        Assert.Equal(expectedTotal, engine.CycleOf(credential, D("2028-06-01")).Rules.Ce!.Total);
    }

    [Fact]
    public void AnOverrideNotAfterThePreviousVersion_IsRefused()
    {
        var early = Edit(total: 70) with { EffectiveFrom = Aama.Latest.EffectiveFrom };

        var error = Assert.Throws<RulePackException>(() => RuleEditor.Draft(Aama, [], early));

        Assert.EndsWith("effectiveFrom", error.Field, StringComparison.Ordinal);
    }
}
