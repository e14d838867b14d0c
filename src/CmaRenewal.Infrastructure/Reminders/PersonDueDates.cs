using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// Each judged person's next due day for the index: the earliest day one of their credentials can change by itself
/// (<see cref="ReminderDueDates"/>), the day their own snooze ends, and, while a credential escalates, the last snoozed
/// day of each of their managers (an escalation held back by a snooze is made once it ends).
/// </summary>
internal static class PersonDueDates
{
    public static Dictionary<long, DateOnly?> For(PlanningAudience audience, PlanningFocus focus, IReadOnlyList<CredentialCompliance> verdicts)
    {
        var judged = (focus.People is null ? audience.People.Values : focus.People.Where(audience.People.ContainsKey).Select(id => audience.People[id]))
            .ToDictionary(p => p.Id, p => SnoozeEnds(p)?.AddDays(1));
        foreach (var row in verdicts)
        {
            if (!audience.People.TryGetValue(row.PersonId, out var holder)) continue;
            var verdict = row.Result;
            var next = ReminderDueDates.NextChange(verdict.Cycle, verdict.Fee, verdict.Progress is not null, audience.LadderFor(holder, verdict), holder.Day);
            if (ManagerReminders.Escalates(verdict.Status))
                foreach (var managerId in audience.ManagersByClinic[holder.ClinicId])
                    next = ReminderDueDates.Earlier(next, SnoozeEnds(audience.People[managerId]));
            judged[holder.Id] = ReminderDueDates.Earlier(judged.GetValueOrDefault(holder.Id), next);
        }
        return judged;
    }

    // The last day a snooze still holds, if it holds on the person's day.
    private static DateOnly? SnoozeEnds(Recipient person) =>
        person.Preferences.SnoozedUntil is { } until && until >= person.Day ? until : null;
}
