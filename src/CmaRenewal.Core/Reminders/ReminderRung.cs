using System.Globalization;

namespace CmaRenewal.Core.Reminders;

/// <summary>
/// One step of a reminder ladder: a kind, the milestone it is about, how many days before it (negative: after), and
/// the day it goes out. <see cref="Key"/> makes it exactly-once: person, credential, cycle, milestone and offset.
/// </summary>
public sealed record ReminderRung(ReminderKind Kind, DateOnly MilestoneDate, int OffsetDays, DateOnly SendOn)
{
    public string Key(long recipientId, long credentialId, DateOnly cycleStart) => string.Create(CultureInfo.InvariantCulture,
        $"{recipientId}/{credentialId}/{cycleStart:yyyy-MM-dd}/{Kind}/{MilestoneDate:yyyy-MM-dd}/{OffsetDays}");
}
