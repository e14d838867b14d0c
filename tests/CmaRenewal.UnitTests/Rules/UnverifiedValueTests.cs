using System.Text.Json.Nodes;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Rules;

/// <summary>Values no source confirms are flagged one by one in the pack data, with a reason (issue 11, item 6).</summary>
public sealed class UnverifiedValueTests
{
    private static readonly string AamaJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rule-packs", "CMA-AAMA.json"));

    [Theory]
    [InlineData("NCMA-NCCT", "CE total and categories", "total")]
    [InlineData("NCMA-NCCT", "fee annual", "amount")]
    [InlineData("CCMA-NHA", "fee renewal", "amount")]
    [InlineData("CMAA-NHA", "fee renewal", "amount")]
    [InlineData("CPT-NHA", "fee renewal", "amount")]
    [InlineData("CET-NHA", "fee renewal", "amount")]
    [InlineData("CCMA-NHA", "cycle", "anchor")]
    [InlineData("CMA-AAMA", "fee recertification", "amount")]
    [InlineData("CMA-AAMA", "fee recertification", "amountNonMember")]
    [InlineData("RMA-AMT", "unit clock-hour", "factor")]
    [InlineData("RMA-AMT", "unit nha-credit", "factor")]
    [InlineData("CMA-AAMA", "unit nha-credit", "factor")]
    [InlineData("CCMA-NHA", "unit college-credit", "factor")]
    [InlineData("RMA-AMT", "unit college-credit", "factor")]
    [InlineData("NCMA-NCCT", "unit college-credit", "factor")]
    public void ShippedPacks_FlagTheValuesNoSourceConfirms(string pack, string rule, string value)
    {
        var flag = Packs.Get(pack).Latest.UnverifiedValues().Single(f => f.Rule == rule && f.Value.Value == value);

        Assert.False(string.IsNullOrWhiteSpace(flag.Value.Reason));
    }

    [Theory]
    [InlineData("unit college-credit")]
    [InlineData("unit contact-hour")]
    [InlineData("CE total and categories")]
    public void AamasOwnValues_AreNotFlagged(string rule)
    {
        Assert.DoesNotContain(Packs.Get("CMA-AAMA").Latest.UnverifiedValues(), f => f.Rule == rule);
    }

    [Fact]
    public void AFlagOnAVerifiedRule_IsRejected()
    {
        var json = WithFlags("cycle", """[{ "value": "anchor", "reason": "not sure" }]""");

        var error = Assert.Throws<RulePackException>(() => RulePackReader.Read("CMA-AAMA.json", json));

        Assert.Equal("versions[0].cycle.confidence", error.Field);
        Assert.Equal("a rule with unverified values must be marked unverified.", error.Problem);
    }

    [Fact]
    public void AFlagNamingNoValueOfItsRule_IsRejected()
    {
        var json = WithFlags("lapse", """[{ "value": "lateGrace", "reason": "not sure" }]""", unverified: true);

        var error = Assert.Throws<RulePackException>(() => RulePackReader.Read("CMA-AAMA.json", json));

        Assert.Equal("versions[0].lapse.unverified[0].value", error.Field);
        Assert.Equal("'lateGrace' is not a value of this rule (lateCeGrace, afterGrace).", error.Problem);
    }

    [Fact]
    public void AFlagWithoutAReason_IsRejected()
    {
        var json = WithFlags("lapse", """[{ "value": "lateCeGrace" }]""", unverified: true);

        var error = Assert.Throws<RulePackException>(() => RulePackReader.Read("CMA-AAMA.json", json));

        Assert.Equal("versions[0].lapse.unverified[0].reason", error.Field);
    }

    [Fact]
    public void Flags_SurviveWritingAndReadingBack()
    {
        var version = Packs.Get("NCMA-NCCT").Latest;

        var json = $$"""{ "code": "NCMA-NCCT", "body": "NCCT", "credential": "NCMA", "title": "t", "versions": [{{RulePackWriter.Write(version)}}] }""";
        var reread = RulePackReader.Read("NCMA-NCCT.json", json).Latest;

        Assert.Equal(version.UnverifiedValues(), reread.UnverifiedValues());
    }

    private static string WithFlags(string rule, string flags, bool unverified = false)
    {
        var root = JsonNode.Parse(AamaJson)!;
        var section = root["versions"]![0]![rule]!;
        section["unverified"] = JsonNode.Parse(flags);
        if (unverified) section["confidence"] = "unverified";
        return root.ToJsonString();
    }
}
