using System.Globalization;
using CmaRenewal.Application.Localization;
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
    private static readonly AppText Text = new(typeof(CeActivityRules));

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
        if (string.IsNullOrWhiteSpace(input.Title)) errors["Title"] = Text["EnterTitle"];
        else if (input.Title.Trim().Length > CeActivity.TitleMaxLength) errors["Title"] = Text.Format("TitleTooLong", CeActivity.TitleMaxLength);
        if (string.IsNullOrWhiteSpace(input.Provider)) errors["Provider"] = Text["EnterProvider"];
        else if (input.Provider.Trim().Length > CeActivity.ProviderMaxLength) errors["Provider"] = Text.Format("ProviderTooLong", CeActivity.ProviderMaxLength);
        if ((input.ApprovalNumber?.Trim().Length ?? 0) > CeActivity.ApprovalNumberMaxLength) errors["ApprovalNumber"] = Text["ApprovalNumberTooLong"];
        if (DateProblem(input.CompletedOn, today) is { } date) errors["CompletedOn"] = date;
        if (!Units.IsKnown(input.Unit)) errors["Unit"] = Text["ChooseUnit"];
        else if (AmountProblem(input.Amount, input.Unit) is { } amount) errors["Amount"] = amount;
        if (!input.IsSplit && CategoryProblem(input.Category, isCategory) is { } category) errors["Category"] = category;
        if (input.IsSplit && !errors.ContainsKey("Amount") && SplitProblem(input, isCategory) is { } split) errors["Split"] = split;
        return errors;
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? DateProblem(string? text, DateOnly today) => ParseDate(text) switch
    {
        null => Text["EnterCompletedOn"],
        var d when d > today => Text.Format("DateInFuture", today),
        var d when d < Earliest => Text["DateBefore1950"],
        _ => null,
    };

    /// <summary>A date from 1950 through 2199 as YYYY-MM-DD, or null with why not.</summary>
    public static (DateOnly? Date, string? Problem) ParseInRange(string? text) => ParseDate(text) switch
    {
        null => (null, Text["EnterIsoDate"]),
        var d when d < Earliest || d > Latest => (null, Text.Format("DateOutOfRange", Earliest, Latest)),
        var d => (d, null),
    };

    private static string? AmountProblem(decimal? amount, string unit) => amount switch
    {
        null => Text["EnterAmount"],
        <= 0m => Text["AmountNotPositive"],
        var a when a > MaxAmount(unit) => Text.Format("AmountTooLarge", StillNeed.Format(a.Value), unit, StillNeed.Format(MaxAmount(unit))),
        var a when decimal.Round(a.Value, 2) != a.Value => Text["TwoDecimals"],
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
        if (category.Trim().Length > CeActivity.CategoryMaxLength) return Text.Format("CategoryTooLong", CeActivity.CategoryMaxLength);
        return isCategory is null || isCategory(category.Trim()) ? null : Text.Format("UnknownCategory", category.Trim());
    }

    private static string? SplitProblem(CeActivityInput input, Func<string, bool>? isCategory)
    {
        var shares = input.SplitAmounts.Where(s => s.Value is not null && s.Value != 0m).ToList();
        if (shares.Count < 2) return Text["SplitTooSmall"];
        if (shares.Select(s => CategoryProblem(s.Key, isCategory)).FirstOrDefault(p => p is not null) is { } category) return category;
        // Each share is at most the whole, so their sum cannot overflow however many there are.
        if (shares.Any(s => s.Value < 0m || s.Value > input.Amount || decimal.Round(s.Value!.Value, 2) != s.Value))
            return Text.Format("ShareOutOfRange", StillNeed.Format(input.Amount!.Value));
        return shares.Sum(s => s.Value!.Value) == input.Amount ? null : Text.Format("SharesSum", StillNeed.Format(input.Amount!.Value));
    }
}
