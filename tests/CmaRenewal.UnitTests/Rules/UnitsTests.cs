using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Rules;

/// <summary>Unit names: the label the CE form shows, and the unit a typed name or code means.</summary>
public sealed class UnitsTests
{
    [Theory]
    [InlineData("aama-ceu", "AAMA CEU")]
    [InlineData("amt-point", "AMT points")]
    [InlineData("nha-credit", "NHA credits")]
    [InlineData("iacet-ceu", "IACET CEU")]
    [InlineData("clock-hour", "clock hour")]
    public void Label_IsWhatTheFormShows(string unit, string label) => Assert.Equal(label, Units.Label(unit));

    [Theory]
    [InlineData("nha-credit", "nha-credit")]
    [InlineData("NHA-CREDIT", "nha-credit")]
    [InlineData("NHA credits", "nha-credit")]
    [InlineData("nha credit", "nha-credit")]
    [InlineData("AAMA CEU", "aama-ceu")]
    [InlineData("AAMA CEUs", "aama-ceu")]
    [InlineData("aama  ceus", "aama-ceu")]
    [InlineData("AMT points", "amt-point")]
    [InlineData("Clock Hours", "clock-hour")]
    [InlineData("contact hour", "contact-hour")]
    [InlineData("IACET CEU", "iacet-ceu")]
    [InlineData("college credits", "college-credit")]
    public void Find_TakesTheCodeOrTheLabel_InAnyCase_SingularOrPlural(string text, string unit) => Assert.Equal(unit, Units.Find(text));

    [Theory]
    [InlineData("")]
    [InlineData("credits")]
    [InlineData("hours")]
    [InlineData("parsecs")]
    [InlineData("CEU")]
    public void Find_OfNoUnit_IsNull(string text) => Assert.Null(Units.Find(text));

    [Fact]
    public void EveryLabel_FindsItsOwnUnit() =>
        Assert.All(Units.All, unit => Assert.Equal(unit, Units.Find(Units.Label(unit))));
}
