using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Fees;

namespace CmaRenewal.Core.Reminders;

/// <summary>
/// The next day on which what a credential owes its holder and managers can change with nobody writing anything: a
/// rung's day comes, a milestone passes (the status turns Overdue, InGrace or Lapsed, a rung stops applying), a lapse
/// notice goes stale. The planner's due index leaves a person alone until the earliest of these; a write to their
/// credentials' inputs marks them sooner.
/// </summary>
public static class ReminderDueDates
{
    /// <summary>The earliest such day after <paramref name="day"/>, or null when nothing more can change in this cycle.</summary>
    public static DateOnly? NextChange(CycleWindow cycle, FeeDue? fee, bool hasCe, ReminderLadder ladder, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(ladder);
        // The days of CredentialReminders.Schedule, worked out in place: the planner asks this for every credential it
        // judges, and building the schedule (a rung per week of grace) was most of what its due index cost.
        var next = new Earliest(day);
        if (hasCe) next.RungsBefore(cycle.CeCompleteBy, ladder.CeDaysBefore);
        if (fee is not null) next.RungsBefore(fee.DueOn, ladder.FeeDaysBefore);
        next.RungsBefore(cycle.Expires, ladder.ExpirationDaysBefore);
        next.Consider(cycle.Expires);
        // The weekly grace rungs: the first one after the day, if grace still holds it.
        var weeks = Math.Max(1, (day.DayNumber - cycle.Expires.DayNumber) / 7 + 1);
        if (cycle.Expires.AddDays(7 * weeks) <= cycle.GraceEnds) next.Consider(cycle.Expires.AddDays(7 * weeks));
        next.Consider(cycle.GraceEnds.AddDays(1));
        next.Turns(cycle.CeCompleteBy);
        next.Turns(cycle.Expires);
        next.Turns(cycle.GraceEnds);
        next.Consider(cycle.GraceEnds.AddDays(1 + CredentialReminders.LapseNoticeFreshForDays));
        if (fee is not null) next.Turns(fee.DueOn);
        return next.Day;
    }

    // The earliest day after a given one among those considered.
    private struct Earliest(DateOnly after)
    {
        public DateOnly? Day { get; private set; }

        public void Consider(DateOnly day)
        {
            if (day > after) Day = Earlier(Day, day);
        }

        public void RungsBefore(DateOnly milestone, IReadOnlyList<int> daysBefore)
        {
            for (var i = 0; i < daysBefore.Count; i++)
                if (daysBefore[i] > 0) Consider(milestone.AddDays(-daysBefore[i]));
        }

        // On the milestone a rung before it stops applying; the day after, the status judged against it changes.
        public void Turns(DateOnly milestone)
        {
            Consider(milestone);
            Consider(milestone.AddDays(1));
        }
    }

    /// <summary>The earlier of two next days, null meaning "never".</summary>
    public static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
