using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Rules;

public sealed class ShippedPacksTests
{
    [Fact]
    public void EveryRequiredPackShips_KeyedByCredentialAndBody()
    {
        Assert.Equal(
            ["BLS-AHA", "CCMA-NHA", "CET-NHA", "CMA-AAMA", "CMAA-NHA", "CPT-NHA", "NCMA-NCCT", "RMA-AMT"],
            Packs.Shipped.All.Select(p => p.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryRuleCarriesASourceACheckedDateAndAConfidence()
    {
        foreach (var (rule, provenance) in Packs.Shipped.All.SelectMany(p => p.Versions).SelectMany(v => v.Provenances()))
        {
            Assert.StartsWith("http", provenance.Source, StringComparison.Ordinal);
            Assert.True(provenance.CheckedOn >= D("2026-01-01"), rule);
        }
    }

    [Theory]
    [InlineData("NCMA-NCCT", "CE total and categories")] // yearly hours not published: placeholder
    [InlineData("NCMA-NCCT", "fee annual")]
    [InlineData("CMA-AAMA", "fee recertification")]
    [InlineData("CCMA-NHA", "fee renewal")]
    [InlineData("RMA-AMT", "fee annual")]
    public void UnknownFacts_ShipAsUnverifiedDefaults(string pack, string rule)
    {
        var provenance = Packs.Get(pack).Latest.Provenances().Single(p => p.Rule == rule).Provenance;

        Assert.Equal(Confidence.Unverified, provenance.Confidence);
        Assert.False(string.IsNullOrWhiteSpace(provenance.Note));
    }

    [Fact]
    public void Aama_HasTheOfficialRequirement()
    {
        var ce = Packs.Get("CMA-AAMA").Latest.Ce!;

        Assert.Equal(60m, ce.Total);
        Assert.Equal([10m, 10m, 10m], ce.Categories.Select(c => c.Minimum));
        Assert.Equal(30m, ce.FlexibleRemainder);
        Assert.Equal(30m, ce.NonApprovedMaximum);
        Assert.Equal(Confidence.Verified, ce.Provenance.Confidence);
    }
}
