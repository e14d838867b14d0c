using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.Reminders;

/// <summary>Where a planned reminder stands.</summary>
public enum ReminderState
{
    /// <summary>Planned, waiting for the recipient's next daily email.</summary>
    Pending,

    /// <summary>Part of an email in the outbox.</summary>
    Queued,

    /// <summary>The need went away before it was emailed (CE completed, fee paid, renewal recorded).</summary>
    Cancelled,
}

/// <summary>
/// One reminder, stored before it is an email. <see cref="Key"/> is unique (person, credential, cycle, milestone,
/// offset), so planning twice, on two servers at once or after a crash can never yield a second one.
/// <see cref="Payload"/> is a JSON snapshot of what the email says, taken when it was planned.
/// </summary>
public sealed class Reminder
{
    public const int KeyMaxLength = 160;

    // For EF Core.
    private Reminder()
    {
        Key = Payload = "";
    }

    public Reminder(
        string key, long recipientPersonId, ReminderKind kind, long? credentialId, long? subjectPersonId,
        DateOnly milestoneDate, int offsetDays, DateOnly dueOn, string payload, DateTime createdAtUtc)
    {
        Key = Require.Text(key, KeyMaxLength, nameof(key));
        RecipientPersonId = Require.Id(recipientPersonId, nameof(recipientPersonId));
        Kind = kind;
        CredentialId = credentialId;
        SubjectPersonId = subjectPersonId;
        MilestoneDate = milestoneDate;
        OffsetDays = offsetDays;
        DueOn = dueOn;
        Payload = payload;
        CreatedAtUtc = Require.Utc(createdAtUtc, nameof(createdAtUtc));
    }

    public long Id { get; private set; }
    public string Key { get; private set; }
    public long RecipientPersonId { get; private set; }
    public ReminderKind Kind { get; private set; }
    public long? CredentialId { get; private set; }

    /// <summary>For a manager's escalation: the staff member it is about.</summary>
    public long? SubjectPersonId { get; private set; }

    public DateOnly MilestoneDate { get; private set; }

    /// <summary>Days before the milestone; 0 on the day, negative after it.</summary>
    public int OffsetDays { get; private set; }

    /// <summary>The recipient's local day it was due on.</summary>
    public DateOnly DueOn { get; private set; }

    public string Payload { get; private set; }
    public ReminderState State { get; private set; }
    public long? EmailId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public void QueueIn(long emailId)
    {
        EmailId = Require.Id(emailId, nameof(emailId));
        State = ReminderState.Queued;
    }

    public void Cancel() => State = ReminderState.Cancelled;
}
