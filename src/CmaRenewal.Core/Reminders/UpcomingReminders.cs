using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;

namespace CmaRenewal.Core.Reminders;

/// <summary>
/// One reminder a credential will send if nothing changes: the rung, the credential, and why it will not arrive
/// (an opt-out or a snooze) when it will not.
/// </summary>
public sealed record UpcomingReminder(ReminderRung Rung, long CredentialId, string PackCode, string? SuppressedBecause)
{
    public bool IsSuppressed => SuppressedBecause is not null;
}

/// <summary>
/// The future rungs of a credential's ladders from today on, as the planner would send them
/// (<see cref="CredentialReminders"/>): CE ones only while CE is short, fee ones only while that fee is unpaid,
/// expiration notices by date, then on the day, weekly in grace, and one lapse notice.
/// </summary>
public static class UpcomingReminders
{
    public static IReadOnlyList<UpcomingReminder> For(ComplianceResult verdict, ReminderLadder ladder, DateOnly today, EmailPreferences preferences)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(preferences);
        var cycle = verdict.Cycle;
        var rungs = new List<ReminderRung>();
        if (verdict.Progress is not null && !verdict.StillNeed.IsNothing)
            rungs.AddRange(Before(ReminderKind.CeDue, ladder.CeDaysBefore, cycle.CeCompleteBy));
        if (verdict.Fee is { } fee) rungs.AddRange(Before(ReminderKind.FeeDue, ladder.FeeDaysBefore, fee.DueOn));
        rungs.AddRange(Before(ReminderKind.ExpiresSoon, ladder.ExpirationDaysBefore, cycle.Expires));
        rungs.AddRange(AfterExpiry(cycle));
        return [.. rungs.Where(r => r.SendOn >= today)
            .OrderBy(r => r.SendOn).ThenBy(r => r.Kind)
            .Select(r => new UpcomingReminder(r, verdict.CredentialId, verdict.PackCode, WhySuppressed(r, preferences)))];
    }

    private static IEnumerable<ReminderRung> Before(ReminderKind kind, IReadOnlyList<int> daysBefore, DateOnly milestone) =>
        daysBefore.Where(d => d > 0).Distinct().Select(d => new ReminderRung(kind, milestone, d, milestone.AddDays(-d)));

    // Mirrors CredentialReminders.AfterExpiry: the day itself, every 7 days through grace end, a lapse notice the day after.
    private static IEnumerable<ReminderRung> AfterExpiry(CycleWindow cycle)
    {
        yield return new ReminderRung(ReminderKind.ExpiresToday, cycle.Expires, 0, cycle.Expires);
        for (var weeks = 1; cycle.Expires.AddDays(7 * weeks) <= cycle.GraceEnds; weeks++)
            yield return new ReminderRung(ReminderKind.InGrace, cycle.Expires, -7 * weeks, cycle.Expires.AddDays(7 * weeks));
        yield return new ReminderRung(ReminderKind.Lapsed, cycle.GraceEnds, -1, cycle.GraceEnds.AddDays(1));
    }

    private static string? WhySuppressed(ReminderRung rung, EmailPreferences preferences)
    {
        var topic = ReminderKinds.TopicOf(rung.Kind);
        if (preferences.IsOff(topic)) return $"You turned off {ReminderTopicPreferences.Describe(topic)}";
        return preferences.IsSnoozedOn(rung.SendOn) ? $"Snoozed until {preferences.SnoozedUntil:yyyy-MM-dd}" : null;
    }
}
