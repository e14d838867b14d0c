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
        var dates = CredentialReminders.Schedule(cycle, fee, hasCe, ladder).Select(r => r.SendOn)
            .Concat(MilestoneTurns(cycle.CeCompleteBy)).Concat(MilestoneTurns(cycle.Expires)).Concat(MilestoneTurns(cycle.GraceEnds))
            .Append(cycle.GraceEnds.AddDays(1 + CredentialReminders.LapseNoticeFreshForDays));
        if (fee is not null) dates = dates.Concat(MilestoneTurns(fee.DueOn));
        return Earliest(dates.Where(d => d > day));
    }

    /// <summary>The earlier of two next days, null meaning "never".</summary>
    public static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    // On the milestone a rung before it stops applying; the day after, the status judged against it changes.
    private static DateOnly[] MilestoneTurns(DateOnly milestone) => [milestone, milestone.AddDays(1)];

    private static DateOnly? Earliest(IEnumerable<DateOnly> dates)
    {
        DateOnly? earliest = null;
        foreach (var date in dates) earliest = Earlier(earliest, date);
        return earliest;
    }
}
