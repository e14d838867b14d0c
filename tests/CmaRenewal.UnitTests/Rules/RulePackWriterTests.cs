using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Rules;

public sealed class RulePackWriterTests
{
    public static TheoryData<string> ShippedCodes() => [.. Packs.Shipped.All.Select(p => p.Code)];

    [Theory]
    [MemberData(nameof(ShippedCodes))]
    public void EveryShippedVersion_ReadsBackUnchanged(string code)
    {
        var pack = Packs.Get(code);

        var again = RulePackOverlay.Apply(pack, []);

        Assert.Equal(pack.Versions.Count, again.Versions.Count);
        for (var i = 0; i < pack.Versions.Count; i++)
            Assert.Equal(RulePackWriter.Write(pack.Versions[i]), RulePackWriter.Write(again.Versions[i]));
    }

    [Fact]
    public void Write_UsesThePackFileShape()
    {
        var json = RulePackWriter.Write(Packs.Get("CMA-AAMA").Latest);

        Assert.Contains("\"anchor\":\"end-of-month\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reanchorOn\":\"renewal-date\"", json, StringComparison.Ordinal);
        Assert.Contains("\"lateCeGrace\":\"P90D\"", json, StringComparison.Ordinal);
        Assert.Contains("\"schedule\":\"per-cycle\"", json, StringComparison.Ordinal);
        Assert.Contains("\"effectiveFrom\":\"2020-01-01\"", json, StringComparison.Ordinal);
    }
}
