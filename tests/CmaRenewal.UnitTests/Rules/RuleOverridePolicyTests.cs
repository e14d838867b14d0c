using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Rules;

/// <summary>Admin overrides keep working with the lead time as a policy and with unverified values flagged.</summary>
public sealed class RuleOverridePolicyTests
{
    private static readonly RulePack Aama = Packs.Get("CMA-AAMA");

    private static RuleEdit FeeEdit(string? source, bool verified) =>
        new(D("2027-01-01"), "the AAMA published the CE-route fee", source, verified, D("2026-12-06"),
            FeeAmounts: new Dictionary<string, decimal?> { ["recertification"] = 140m });

    [Fact]
    public void ACitedVerifiedOverride_SettlesTheFlaggedValuesOfTheRuleItChanges()
    {
        var (_, pack) = RuleEditor.Draft(Aama, [], FeeEdit("https://www.aama-ntl.org/fees", verified: true));

        var fee = pack.Latest.Fees.Single();
        Assert.Equal((140m, Confidence.Verified), (fee.Amount!.Value, fee.Provenance.Confidence));
        Assert.Empty(fee.Provenance.UnverifiedValues);
        Assert.DoesNotContain(pack.Latest.UnverifiedValues(), f => f.Rule == "fee recertification");
        Assert.Contains(pack.Latest.UnverifiedValues(), f => f.Rule == "unit nha-credit");
    }

    [Fact]
    public void AnUnverifiedOverride_KeepsTheValuesInDoubt()
    {
        var (_, pack) = RuleEditor.Draft(Aama, [], FeeEdit(null, verified: false));

        Assert.Equal(["amount", "amountNonMember"], pack.Latest.Fees.Single().Provenance.UnverifiedValues.Select(f => f.Value));
    }

    [Theory]
    [InlineData(30, "2032-01-01")]
    [InlineData(0, "2032-01-31")]
    public void UnderAnOverride_TheAamaStillProcessesAnApplication_AndTheLeadTimeSetsCeDue(int leadTime, string due)
    {
        var (json, _) = RuleEditor.Draft(Aama, [], FeeEdit(null, verified: false));
        var holder = new RuleCatalogHolder(RulePackOverlay.Apply(Packs.Shipped,
            [new RulePackOverride("CMA-AAMA", 2, D("2027-01-01"), json, "why", "ada", DateTime.UnixEpoch)]));
        var engine = new ComplianceEngine(holder, TimeProvider.System, new StatusPolicy(CeLeadTimeDays: leadTime));

        var cycle = engine.CycleOf(new CredentialFacts(1, "CMA-AAMA", D("2027-01-10"), []), D("2028-06-01"));

        Assert.Equal((2, D("2032-01-31")), (cycle.Rules.Version, cycle.Expires));
        Assert.Equal((D(due), D(due)), (cycle.CeCompleteBy, cycle.SubmitBy));
    }

    [Fact]
    public void AnOverrideStoredBeforePolicies_StillReads_AsABodyThatProcessesAnApplication()
    {
        var (json, _) = RuleEditor.Draft(Aama, [], FeeEdit(null, verified: false));
        var legacy = json.Replace("\"ceCompleteBeforeExpiry\":\"P0D\",\"processingTime\":\"P30D\"",
            "\"ceCompleteBeforeExpiry\":\"P30D\",\"submitBeforeExpiry\":\"P30D\"", StringComparison.Ordinal);
        Assert.NotEqual(json, legacy);

        var pack = RulePackOverlay.Apply(Packs.Shipped, [new RulePackOverride("CMA-AAMA", 2, D("2027-01-01"), legacy, "why", "ada", DateTime.UnixEpoch)]);

        Assert.NotNull(pack["CMA-AAMA"].Latest.Renewal.ProcessingTime);
    }
}
