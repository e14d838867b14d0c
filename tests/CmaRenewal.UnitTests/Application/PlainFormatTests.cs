using CmaRenewal.Application.Common;

namespace CmaRenewal.UnitTests.Application;

public sealed class PlainFormatTests
{
    [Theory]
    [InlineData("2027-03-14", "Mar 14, 2027")]
    [InlineData("2027-12-01", "Dec 1, 2027")]
    public void Date_IsSpelledOut(string day, string text) => Assert.Equal(text, PlainFormat.Date(D(day)));

    [Theory]
    [InlineData("125", null, "$125.00")]
    [InlineData("1234.5", "USD", "$1,234.50")]
    [InlineData("50", "EUR", "50.00 EUR")]
    public void Money_IsDollarsOrKeepsItsCurrency(string amount, string? currency, string text) =>
        Assert.Equal(text, PlainFormat.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));
}
