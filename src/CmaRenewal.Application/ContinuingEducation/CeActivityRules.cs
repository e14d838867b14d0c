using System.Globalization;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Application.ContinuingEducation;

/// <summary>
/// Input sanity for a CE entry (not renewal rules, which belong to the packs): the message for each bad field,
/// keyed by field name. An empty result means the entry may be saved.
/// </summary>
public static class CeActivityRules
{
    public static readonly DateOnly Earliest = new(1950, 1, 1);

    /// <summary>The last date any field takes: far enough for every cycle, near enough that date arithmetic never overflows.</summary>
    public static readonly DateOnly Latest = new(2199, 12, 31);

    /// <summary>The largest amount one certificate plausibly shows in each unit (an IACET CEU is ten hours).</summary>
    public static decimal MaxAmount(string unit) => unit switch
    {
        Units.IacetCeu => 10m,
        Units.CollegeCredit => 20m,
        _ => 100m,
    };

    /// <summary>
    /// The problems of <paramref name="input"/>. With <paramref name="isCategory"/> (the rule packs' category codes),
    /// an unknown category or split category is one; without it only its length is checked.
    /// </summary>
    public static Dictionary<string, string> Validate(CeActivityInput input, DateOnly today, Func<string, bool>? isCategory = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Title)) errors["Title"] = "Enter the course title.";
        else if (input.Title.Trim().Length > CeActivity.TitleMaxLength) errors["Title"] = $"Keep the title under {CeActivity.TitleMaxLength} characters.";
        if (string.IsNullOrWhiteSpace(input.Provider)) errors["Provider"] = "Enter who provided the course.";
        else if (input.Provider.Trim().Length > CeActivity.ProviderMaxLength) errors["Provider"] = $"Keep the provider under {CeActivity.ProviderMaxLength} characters.";
        if ((input.ApprovalNumber?.Trim().Length ?? 0) > CeActivity.ApprovalNumberMaxLength) errors["ApprovalNumber"] = "The approval number is too long.";
        if (DateProblem(input.CompletedOn, today) is { } date) errors["CompletedOn"] = date;
        if (!Units.IsKnown(input.Unit)) errors["Unit"] = "Choose the unit printed on the certificate.";
        else if (AmountProblem(input.Amount, input.Unit) is { } amount) errors["Amount"] = amount;
        if (!input.IsSplit && CategoryProblem(input.Category, isCategory) is { } category) errors["Category"] = category;
        if (input.IsSplit && !errors.ContainsKey("Amount") && SplitProblem(input, isCategory) is { } split) errors["Split"] = split;
        return errors;
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? DateProblem(string? text, DateOnly today) => ParseDate(text) switch
    {
        null => "Enter the date you completed the course.",
        var d when d > today => $"The date cannot be in the future (today is {today:yyyy-MM-dd}).",
        var d when d < Earliest => "The date cannot be before 1950.",
        _ => null,
    };

    /// <summary>A date from 1950 through 2199 as YYYY-MM-DD, or null with why not.</summary>
    public static (DateOnly? Date, string? Problem) ParseInRange(string? text) => ParseDate(text) switch
    {
        null => (null, "Enter a date as YYYY-MM-DD."),
        var d when d < Earliest || d > Latest => (null, $"Enter a date from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}."),
        var d => (d, null),
    };

    private static string? AmountProblem(decimal? amount, string unit) => amount switch
    {
        null => "Enter the amount printed on the certificate.",
        <= 0m => "The amount must be more than zero.",
        var a when a > MaxAmount(unit) => $"{StillNeed.Format(a.Value)} is more than one certificate shows in {unit} (at most {StillNeed.Format(MaxAmount(unit))}).",
        var a when decimal.Round(a.Value, 2) != a.Value => "Use at most two decimals.",
        _ => null,
    };

    /// <summary>Every category code of every rule pack version (case-insensitive), for input that names categories freely.</summary>
    public static Func<string, bool> KnownCategories(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var codes = catalog.All.SelectMany(p => p.Versions).SelectMany(v => v.Ce?.Categories ?? []).Select(c => c.Code)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return codes.Contains;
    }

    /// <summary>The problem with a category code: too long for the column, or (when the codes are known) none of them.</summary>
    public static string? CategoryProblem(string? category, Func<string, bool>? isCategory)
    {
        if (string.IsNullOrWhiteSpace(category)) return null;
        if (category.Trim().Length > CeActivity.CategoryMaxLength) return $"A category code has at most {CeActivity.CategoryMaxLength} characters.";
        return isCategory is null || isCategory(category.Trim()) ? null : $"'{category.Trim()}' is not a category of any rule pack.";
    }

    private static string? SplitProblem(CeActivityInput input, Func<string, bool>? isCategory)
    {
        var shares = input.SplitAmounts.Where(s => s.Value is not null && s.Value != 0m).ToList();
        if (shares.Count < 2) return "A split needs amounts in at least two categories.";
        if (shares.Select(s => CategoryProblem(s.Key, isCategory)).FirstOrDefault(p => p is not null) is { } category) return category;
        // Each share is at most the whole, so their sum cannot overflow however many there are.
        if (shares.Any(s => s.Value < 0m || s.Value > input.Amount || decimal.Round(s.Value!.Value, 2) != s.Value))
            return $"Each share must be positive, at most {StillNeed.Format(input.Amount!.Value)}, with at most two decimals.";
        return shares.Sum(s => s.Value!.Value) == input.Amount ? null : $"The shares must add up to {StillNeed.Format(input.Amount!.Value)}.";
    }
}
