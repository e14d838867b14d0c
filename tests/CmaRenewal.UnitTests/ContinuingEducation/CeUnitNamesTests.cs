using CmaRenewal.Core.ContinuingEducation;

namespace CmaRenewal.UnitTests.ContinuingEducation;

public sealed class CeUnitNamesTests
{
    [Theory]
    [InlineData("aama-ceu", "AAMA CEU")]
    [InlineData("nha-credit", "NHA credits")]
    [InlineData("amt-point", "AMT points")]
    [InlineData("clock-hour", "clock hours")]
    [InlineData("some-new-unit", "some new unit")]
    public void Of_NamesTheUnitAsPeopleReadIt(string code, string name) => Assert.Equal(name, CeUnitNames.Of(code));
}
