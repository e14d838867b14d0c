namespace CmaRenewal.Core.Reminders;

/// <summary>What one reminder is about. Holders get the first six about their own credentials and <see cref="MissingCredential"/>; managers Escalation and StaffDigest.</summary>
public enum ReminderKind
{
    /// <summary>CE is still short, N days before CE complete-by.</summary>
    CeDue,

    /// <summary>A fee is unpaid, N days before it is due.</summary>
    FeeDue,

    /// <summary>N days before expiration.</summary>
    ExpiresSoon,

    /// <summary>On the expiration date itself.</summary>
    ExpiresToday,

    /// <summary>Weekly while expired but still renewable with CE.</summary>
    InGrace,

    /// <summary>Once, when the last chance to renew with CE has passed.</summary>
    Lapsed,

    /// <summary>To a manager, once, when a staff member's credential goes Overdue or InGrace.</summary>
    Escalation,

    /// <summary>To a manager, weekly: staff who are at risk, due soon, overdue, in grace or lapsed.</summary>
    StaffDigest,

    /// <summary>To a holder, once: their role requires a credential they have not put on file.</summary>
    MissingCredential,
}

/// <summary>The kinds a person can turn off one by one (and unsubscribe from with one click).</summary>
public enum ReminderTopic
{
    Ce,
    Fees,
    Expiration,
    Digest,
}

public static class ReminderKinds
{
    public static ReminderTopic TopicOf(ReminderKind kind) => kind switch
    {
        ReminderKind.CeDue => ReminderTopic.Ce,
        ReminderKind.FeeDue => ReminderTopic.Fees,
        // Missing belongs with the expiry notices: both are about holding a valid credential at all.
        ReminderKind.ExpiresSoon or ReminderKind.ExpiresToday or ReminderKind.InGrace or ReminderKind.Lapsed or ReminderKind.MissingCredential
            => ReminderTopic.Expiration,
        ReminderKind.Escalation or ReminderKind.StaffDigest => ReminderTopic.Digest,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reminder kind."),
    };

    public static bool IsForManagers(ReminderKind kind) => kind is ReminderKind.Escalation or ReminderKind.StaffDigest;
}
