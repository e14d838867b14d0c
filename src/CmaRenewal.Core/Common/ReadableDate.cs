using System.Globalization;

namespace CmaRenewal.Core.Common;

/// <summary>
/// A date as a person reads it, in the current UI language: "Dec 6, 2026" in English, "6 dic 2026" in Spanish; never
/// the server's locale. Machine formats (CSV, API, ISO) do not come through here.
/// </summary>
public static class ReadableDate
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    public static string Of(DateOnly day) => IsSpanish
        ? day.ToString("d MMM yyyy", Spanish)
        : day.ToString("MMM d, yyyy", English);

    /// <summary>Day and month only ("Dec 6", "6 dic").</summary>
    public static string DayAndMonth(DateOnly day) => IsSpanish ? day.ToString("d MMM", Spanish) : day.ToString("MMM d", English);

    /// <summary>A moment as read on a clock in <paramref name="zone"/> ("Dec 6, 2026, 3:04 PM", "6 dic 2026, 15:04").</summary>
    public static string Moment(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return IsSpanish ? local.ToString("d MMM yyyy, HH:mm", Spanish) : local.ToString("MMM d, yyyy, h:mm tt", English);
    }

    private static bool IsSpanish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es";
}
