using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Rules;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("P60M", "2010-02-28", "2015-02-28")]
    [InlineData("P90D", "2015-02-28", "2015-05-29")]
    [InlineData("P5Y", "2024-02-29", "2029-02-28")]
    [InlineData("P1Y2M3D", "2024-01-31", "2025-04-03")]
    public void AddsCalendarUnits(string text, string from, string expected)
    {
        Assert.Equal(D(expected), Period.Parse(text).AddTo(D(from)));
    }

    [Fact]
    public void ASum_ClampsOnceFromTheAnchor()
    {
        var twoYears = Period.Parse("P24M");

        Assert.Equal(D("2028-02-29"), twoYears.Plus(twoYears).AddTo(D("2024-02-29")));
        Assert.Equal(D("2028-02-28"), twoYears.AddTo(twoYears.AddTo(D("2024-02-29"))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("60M")]
    [InlineData("P-1D")]
    [InlineData("P1W")]
    public void RejectsAnythingElse(string text)
    {
        Assert.False(Period.TryParse(text, out _));
    }

    [Fact]
    public void RoundTrips()
    {
        Assert.Equal("P1Y6M", Period.Parse("P1Y6M").ToString());
    }
}
