namespace CmaRenewal.Core.People;

/// <summary>
/// Which emails a person has turned off, per kind, and a snooze. Stored as opt-outs so that "nothing chosen" means
/// every reminder is on, for new people and for rows that existed before preferences did.
/// </summary>
public sealed record EmailPreferences(
    bool CeRemindersOff = false,
    bool FeeRemindersOff = false,
    bool ExpirationNoticesOff = false,
    bool DigestOff = false,
    DateOnly? SnoozedUntil = null)
{
    public static readonly EmailPreferences AllOn = new();

    /// <summary>Reminders are paused through this day (inclusive), whatever their kind.</summary>
    public bool IsSnoozedOn(DateOnly day) => SnoozedUntil is { } until && day <= until;
}
