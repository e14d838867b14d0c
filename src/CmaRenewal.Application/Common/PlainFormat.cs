using System.Globalization;
using CmaRenewal.Core.Common;

namespace CmaRenewal.Application.Common;

/// <summary>
/// How dates and amounts are written where a person reads them (pages, emails, calendar events, the transcript):
/// in the reader's language ("Dec 6, 2026", "6 dic 2026"), never the server's locale. Machine formats (CSV export,
/// API, ISO dates) do not come through here.
/// </summary>
public static class PlainFormat
{
    public static string Date(DateOnly day) => ReadableDate.Of(day);

    /// <summary>Day and month only ("Dec 6", "6 dic").</summary>
    public static string ShortDate(DateOnly day) => ReadableDate.DayAndMonth(day);

    /// <summary>A moment as read on a clock in <paramref name="zone"/> ("Dec 6, 2026, 3:04 PM", "6 dic 2026, 15:04").</summary>
    public static string DateTime(DateTimeOffset at, TimeZoneInfo zone) => ReadableDate.Moment(at, zone);

    /// <summary>Dollars as "$125.00" (the rule packs' fees and the app's fee form are in USD); other currencies keep their code.</summary>
    public static string Money(decimal amount, string? currency) =>
        currency is null or "USD"
            ? "$" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture)
            : amount.ToString("#,##0.00", CultureInfo.InvariantCulture) + " " + currency;
}
