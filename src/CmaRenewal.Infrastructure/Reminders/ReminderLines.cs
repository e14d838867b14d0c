using System.Globalization;
using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>One plain line per reminder, for the dry run's listing and logs (never an email body).</summary>
internal static class ReminderLines
{
    public static string For(ReminderKind kind, CredentialSnapshot s, int offsetDays) => kind switch
    {
        ReminderKind.CeDue => Line($"{s.PackCode}: CE due {s.CeCompleteBy:yyyy-MM-dd} (in {offsetDays} days): {s.StillNeed}"),
        ReminderKind.FeeDue => Line($"{s.PackCode}: fee{Amount(s)} due {s.FeeDueOn:yyyy-MM-dd} (in {offsetDays} days)"),
        ReminderKind.ExpiresSoon => Line($"{s.PackCode}: expires {s.Expires:yyyy-MM-dd} (in {offsetDays} days)"),
        ReminderKind.ExpiresToday => Line($"{s.PackCode}: expires today, {s.Expires:yyyy-MM-dd}"),
        ReminderKind.InGrace => Line($"{s.PackCode}: expired {s.Expires:yyyy-MM-dd}; renewal with CE possible until {s.GraceEnds:yyyy-MM-dd}"),
        ReminderKind.Lapsed => Line($"{s.PackCode}: lapsed; the last day to renew with CE was {s.GraceEnds:yyyy-MM-dd}"),
        ReminderKind.Escalation => Line($"{s.PersonName}'s {s.PackCode} is {s.Status}: {s.StatusReason}"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a credential reminder."),
    };

    private static string Amount(CredentialSnapshot s) => s.FeeAmount is { } amount
        ? string.Create(CultureInfo.InvariantCulture, $" of {amount:0.00} {s.FeeCurrency}")
        : "";

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
