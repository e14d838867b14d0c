namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// The planner's due index, one row per person it has judged: the first of their local days on which their reminders
/// can change by themselves (null: not before someone writes). A person with no row has never been judged.
/// </summary>
public sealed class ReminderDue
{
    public ReminderDue(long personId, DateOnly? nextDueOn) => (PersonId, NextDueOn) = (personId, nextDueOn);

    public long PersonId { get; private set; }

    public DateOnly? NextDueOn { get; private set; }
}

/// <summary>
/// A write to a person's reminder inputs since the planner last ran (their credentials, CE, fees, renewals, profile,
/// clinic or managers); a null person means everyone (rules or requirements changed). Appended by the writes, read and
/// deleted by the next run, so a write that lands while a run is planning is still there for the one after.
/// </summary>
public sealed class ReminderChange
{
    public ReminderChange(long? personId) => PersonId = personId;

    public long Id { get; private set; }

    public long? PersonId { get; private set; }
}
