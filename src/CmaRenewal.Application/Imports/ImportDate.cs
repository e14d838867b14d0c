using System.Globalization;
using System.Text.RegularExpressions;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.People;

namespace CmaRenewal.Application.Imports;

/// <summary>
/// A date cell as people type it: ISO (<c>2026-03-12</c>) always, or the importing person's own order with slashes:
/// month first in English (<c>3/12/2026</c> is 12 March), day first in Spanish (<c>12/3/2026</c> is 12 March). The
/// order is the current culture's, which the caller sets (the page's circuit, the verb's --language). What could be
/// read two ways (a two-digit year; day and month with dashes or dots) is refused with the reason, never guessed: a
/// wrong guess would move a deadline by months without anyone noticing. Problems are in the current UI language.
/// </summary>
public static partial class ImportDate
{
    private static readonly AppText Text = new(typeof(ImportDate));

    /// <summary>"a date like 2026-03-12 or 3/12/2026", with the example in the current culture's order.</summary>
    public static string Example => Text["Example"];

    /// <summary>The problem of an empty cell that needs a date.</summary>
    public static string Required => Text.Format("Required", Example);

    /// <summary>Whether the current culture writes the day before the month (Spanish) rather than after (English).</summary>
    public static bool DayFirst => Languages.Find(CultureInfo.CurrentCulture.Name) == Languages.Spanish;

    /// <summary>The date, or null with <paramref name="problem"/> saying what is wrong in words a person can act on.</summary>
    public static DateOnly? Parse(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        var cell = text.Trim();
        if (Iso().Match(cell) is { Success: true } iso)
            return Day(Number(iso, "y"), Number(iso, "m"), Number(iso, "d"), ref problem);
        if (Slashed().Match(cell) is { Success: true } slashed)
        {
            var (first, second) = (Number(slashed, "a"), Number(slashed, "b"));
            var (month, day) = DayFirst ? (second, first) : (first, second);
            if (month > 12 && day <= 12) problem = Text.Format("NoSuchMonth", month);
            return problem is null ? Day(Number(slashed, "y"), month, day, ref problem) : null;
        }
        problem = ShortYear().IsMatch(cell) ? Text["ShortYear"]
            : DayMonth().IsMatch(cell) ? Text["DayOrMonth"]
            : Text.Format("NotADate", Example);
        return null;
    }

    private static DateOnly? Day(int year, int month, int day, ref string? problem)
    {
        if (year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        problem = Text["NoSuchDay"];
        return null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})/(?<y>[0-9]{4})$")]
    private static partial Regex Slashed();

    [GeneratedRegex(@"^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2}$")]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"^[0-9]{1,2}[.-][0-9]{1,2}[.-][0-9]{4}$")]
    private static partial Regex DayMonth();
}
