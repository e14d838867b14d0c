using System.Globalization;
using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>One plain line per reminder, for the dry run's listing and logs (never an email body).</summary>
internal static class ReminderLines
{
    /// <param name="kind">What the reminder is about.</param>
    /// <param name="s">The credential as the engine saw it.</param>
    /// <param name="day">The recipient's day: "in N days" counts from it, not from the rung, so a caught-up reminder tells the truth.</param>
    public static string For(ReminderKind kind, CredentialSnapshot s, DateOnly day) => kind switch
    {
        ReminderKind.CeDue => Line($"{s.PackCode}: CE due {s.CeCompleteBy:yyyy-MM-dd} ({In(day, s.CeCompleteBy)}): {s.StillNeed}"),
        ReminderKind.FeeDue => Line($"{s.PackCode}: fee{Amount(s)} due {s.FeeDueOn:yyyy-MM-dd} ({In(day, s.FeeDueOn ?? day)})"),
        ReminderKind.ExpiresSoon => Line($"{s.PackCode}: expires {s.Expires:yyyy-MM-dd} ({In(day, s.Expires)})"),
        ReminderKind.ExpiresToday => Line($"{s.PackCode}: expires today, {s.Expires:yyyy-MM-dd}"),
        ReminderKind.InGrace => Line($"{s.PackCode}: expired {s.Expires:yyyy-MM-dd}; renewal with CE possible until {s.GraceEnds:yyyy-MM-dd}"),
        ReminderKind.Lapsed => Line($"{s.PackCode}: lapsed; the last day to renew with CE was {s.GraceEnds:yyyy-MM-dd}"),
        ReminderKind.Escalation => Line($"{s.PersonName}'s {s.PackCode} is {s.Status}: {s.StatusReason}"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a credential reminder."),
    };

    public static string Missing(MissingSnapshot s) => Line($"Required but not on file: {string.Join(" or ", s.Names)} ({s.Codes})");

    public static string Digest(StaffDigestSnapshot digest, DateOnly digestDate) =>
        Line($"Weekly staff digest for {digestDate:yyyy-MM-dd}: {digest.Rows.Count} of {digest.CredentialsInScope} credentials need attention");

    private static string In(DateOnly day, DateOnly date) => (date.DayNumber - day.DayNumber) switch
    {
        1 => "in 1 day",
        var n => string.Create(CultureInfo.InvariantCulture, $"in {n} days"),
    };

    private static string Amount(CredentialSnapshot s) => s.FeeAmount is { } amount
        ? string.Create(CultureInfo.InvariantCulture, $" of {amount:0.00} {s.FeeCurrency}")
        : "";

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
