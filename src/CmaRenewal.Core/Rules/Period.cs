using System.Globalization;
using System.Text.RegularExpressions;

namespace CmaRenewal.Core.Rules;

/// <summary>
/// A calendar length such as <c>P60M</c> or <c>P90D</c> (ISO 8601 years, months, days). Calendar units matter:
/// "60 months" and "1,826 days" land on different dates.
/// </summary>
public readonly partial record struct Period(int Years, int Months, int Days)
{
    public static readonly Period Zero = new(0, 0, 0);

    public int TotalMonths => (Years * 12) + Months;

    public bool IsZero => Years == 0 && Months == 0 && Days == 0;

    public DateOnly AddTo(DateOnly date) => date.AddMonths(TotalMonths).AddDays(Days);

    public DateOnly SubtractFrom(DateOnly date) => date.AddMonths(-TotalMonths).AddDays(-Days);

    /// <summary>The two lengths back to back, kept in calendar units so that adding the sum clamps only once.</summary>
    public Period Plus(Period other) => new(Years + other.Years, Months + other.Months, Days + other.Days);

    public static bool TryParse(string? text, out Period period)
    {
        period = Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || match.Length == 1) return false;
        period = new Period(Part(match, "y"), Part(match, "m"), Part(match, "d"));
        return true;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period like P60M or P90D.");

    public override string ToString()
    {
        if (IsZero) return "P0D";
        return "P" + (Years != 0 ? $"{Years}Y" : "") + (Months != 0 ? $"{Months}M" : "") + (Days != 0 ? $"{Days}D" : "");
    }

    private static int Part(Match match, string name) =>
        match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<y>\d{1,3})Y)?(?:(?<m>\d{1,4})M)?(?:(?<d>\d{1,5})D)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
