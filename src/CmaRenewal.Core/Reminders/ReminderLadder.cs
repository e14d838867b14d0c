using System.Globalization;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Reminders;

/// <summary>
/// Days before each milestone on which a reminder goes out. They come from the rule pack; a clinic may override any
/// of the three lists (<see cref="ClinicReminderOffsets"/>).
/// </summary>
public sealed record ReminderLadder(IReadOnlyList<int> CeDaysBefore, IReadOnlyList<int> FeeDaysBefore, IReadOnlyList<int> ExpirationDaysBefore)
{
    public const int MaxDaysBefore = 730;

    public static ReminderLadder From(ReminderRule rule, ClinicReminderOffsets? clinic = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new ReminderLadder(
            clinic?.CeDaysBefore ?? rule.CeDaysBefore,
            clinic?.FeeDaysBefore ?? rule.FeeDaysBefore,
            clinic?.ExpirationDaysBefore ?? rule.ExpirationDaysBefore);
    }

    /// <summary>
    /// Reads "180, 90, 30" as a list of offsets, largest first. Null or blank means "no override". Throws
    /// <see cref="FormatException"/> with a message fit for a form when a value is not a whole number of days.
    /// </summary>
    public static IReadOnlyList<int>? ParseOffsets(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var days = new SortedSet<int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (var part in text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1 || day > MaxDaysBefore)
                throw new FormatException($"'{part}' is not a number of days between 1 and {MaxDaysBefore}.");
            days.Add(day);
        }
        return [.. days];
    }

    public static string FormatOffsets(IEnumerable<int> days) => string.Join(", ", days.OrderDescending());
}

/// <summary>A clinic's own reminder offsets; a null list keeps the rule pack's.</summary>
public sealed record ClinicReminderOffsets(IReadOnlyList<int>? CeDaysBefore, IReadOnlyList<int>? FeeDaysBefore, IReadOnlyList<int>? ExpirationDaysBefore)
{
    public bool IsEmpty => CeDaysBefore is null && FeeDaysBefore is null && ExpirationDaysBefore is null;
}
