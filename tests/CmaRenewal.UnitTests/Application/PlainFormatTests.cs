using CmaRenewal.Application.Common;
using CmaRenewal.Application.Localization;

namespace CmaRenewal.UnitTests.Application;

public sealed class PlainFormatTests
{
    [Theory]
    [InlineData("2027-03-14", "Mar 14, 2027")]
    [InlineData("2027-12-01", "Dec 1, 2027")]
    public void Date_IsSpelledOut(string day, string text) => Assert.Equal(text, PlainFormat.Date(D(day)));

    [Theory]
    [InlineData("en", "UTC", "Dec 6, 2026, 3:04 PM")]
    [InlineData("es", "UTC", "6 dic 2026, 15:04")]
    [InlineData("en", "America/Chicago", "Dec 6, 2026, 9:04 AM")]
    [InlineData("es", "America/Chicago", "6 dic 2026, 09:04")]
    public void DateTime_IsReadOnTheZonesClock_InTheReadersLanguage(string language, string zone, string text)
    {
        var at = new DateTimeOffset(2026, 12, 6, 15, 4, 0, TimeSpan.Zero);
        using (AppCulture.Use(language))
            Assert.Equal(text, PlainFormat.DateTime(at, TimeZoneInfo.FindSystemTimeZoneById(zone)));
    }

    [Theory]
    [InlineData("125", null, "$125.00")]
    [InlineData("1234.5", "USD", "$1,234.50")]
    [InlineData("50", "EUR", "50.00 EUR")]
    public void Money_IsDollarsOrKeepsItsCurrency(string amount, string? currency, string text) =>
        Assert.Equal(text, PlainFormat.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));
}
