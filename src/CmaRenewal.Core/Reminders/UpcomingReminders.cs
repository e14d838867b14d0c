using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Common;

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
/// The rungs of a credential's ladders from today on (<see cref="CredentialReminders.Schedule"/>), as the planner
/// would send them if nothing changes.
/// </summary>
public static class UpcomingReminders
{
    private static readonly ResourceText Text = new(typeof(UpcomingReminders));

    public static IReadOnlyList<UpcomingReminder> For(ComplianceResult verdict, ReminderLadder ladder, DateOnly today, EmailPreferences preferences)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(preferences);
        // CE rungs only while CE is short; fee rungs only for the fee still unpaid.
        var ceShort = verdict.Progress is not null && !verdict.StillNeed.IsNothing;
        return [.. CredentialReminders.Schedule(verdict.Cycle, verdict.Fee, ceShort, ladder)
            .Where(r => r.SendOn >= today)
            .OrderBy(r => r.SendOn).ThenBy(r => r.Kind)
            .Select(r => new UpcomingReminder(r, verdict.CredentialId, verdict.PackCode, WhySuppressed(r, preferences)))];
    }

    private static string? WhySuppressed(ReminderRung rung, EmailPreferences preferences)
    {
        var topic = ReminderKinds.TopicOf(rung.Kind);
        if (preferences.IsOff(topic)) return Text.Format("TurnedOff", ReminderTopicPreferences.Describe(topic));
        return preferences.IsSnoozedOn(rung.SendOn) ? Text.Format("SnoozedUntil", preferences.SnoozedUntil is { } until ? ReadableDate.Of(until) : "") : null;
    }
}
