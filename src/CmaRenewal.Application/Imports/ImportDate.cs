using System.Globalization;
using System.Text.RegularExpressions;

namespace CmaRenewal.Application.Imports;

/// <summary>
/// A date cell as people type it: ISO (<c>2026-03-12</c>) or US month first (<c>3/12/2026</c>, <c>03/12/2026</c>).
/// What could be read two ways (a two-digit year; day and month with dashes or dots, European or US) is refused with
/// the reason, never guessed: a wrong guess would move a deadline by months without anyone noticing.
/// </summary>
public static partial class ImportDate
{
    public const string Example = "a date like 2026-03-12 or 3/12/2026";

    /// <summary>The date, or null with <paramref name="problem"/> saying what is wrong in words a person can act on.</summary>
    public static DateOnly? Parse(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        var cell = text.Trim();
        if (Iso().Match(cell) is { Success: true } iso)
            return Day(Number(iso, "y"), Number(iso, "m"), Number(iso, "d"), ref problem);
        if (Us().Match(cell) is { Success: true } us)
        {
            var (month, day) = (Number(us, "m"), Number(us, "d"));
            if (month > 12 && day <= 12)
                problem = $"there is no month {month}: US dates put the month first, like 3/12/2026";
            return problem is null ? Day(Number(us, "y"), month, day, ref problem) : null;
        }
        problem = ShortYear().IsMatch(cell) ? "a two-digit year could be 19xx or 20xx: write the year in full, like 3/12/2026"
            : DayMonth().IsMatch(cell) ? "could be day-month or month-day: write 3/12/2026 (month first) or 2026-03-12"
            : $"not {Example}";
        return null;
    }

    private static DateOnly? Day(int year, int month, int day, ref string? problem)
    {
        if (year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        problem = "no such day: check the month and the day";
        return null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2})/(?<y>[0-9]{4})$")]
    private static partial Regex Us();

    [GeneratedRegex(@"^[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2}$")]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"^[0-9]{1,2}[.-][0-9]{1,2}[.-][0-9]{4}$")]
    private static partial Regex DayMonth();
}
