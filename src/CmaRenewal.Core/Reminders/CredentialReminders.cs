using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Fees;

namespace CmaRenewal.Core.Reminders;

/// <summary>
/// Which reminders one credential owes its holder on a day. Two steps, so a planner can skip the expensive part: the
/// calendar alone says which rung of each ladder is current (<see cref="CurrentRungs"/>); the engine's verdict says
/// whether the need is still there (<see cref="StillNeeded"/>). Only the latest rung of a ladder is ever current, so
/// a planner that missed days catches up with one reminder, not a burst of stale ones.
/// </summary>
public static class CredentialReminders
{
    /// <summary>A lapse notice older than this is news to nobody; a planner started long after stays quiet.</summary>
    public const int LapseNoticeFreshForDays = 30;

    public static IReadOnlyList<ReminderRung> CurrentRungs(CycleWindow cycle, FeeDue? fee, bool hasCe, ReminderLadder ladder, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(ladder);
        var rungs = new List<ReminderRung>(3);
        if (hasCe && Before(ReminderKind.CeDue, ladder.CeDaysBefore, cycle.CeCompleteBy, day) is { } ce) rungs.Add(ce);
        if (fee is not null && Before(ReminderKind.FeeDue, ladder.FeeDaysBefore, fee.DueOn, day) is { } due) rungs.Add(due);
        var expiry = day < cycle.Expires
            ? Before(ReminderKind.ExpiresSoon, ladder.ExpirationDaysBefore, cycle.Expires, day)
            : AfterExpiry(cycle, day);
        if (expiry is not null) rungs.Add(expiry);
        return rungs;
    }

    /// <summary>Whether the need behind a rung is still there on the verdict's date: CE short, the same fee unpaid.</summary>
    public static bool StillNeeded(ReminderRung rung, ComplianceResult verdict)
    {
        ArgumentNullException.ThrowIfNull(rung);
        ArgumentNullException.ThrowIfNull(verdict);
        return rung.Kind switch
        {
            ReminderKind.CeDue => verdict.Progress is not null && !verdict.StillNeed.IsNothing,
            ReminderKind.FeeDue => verdict.Fee is { } fee && fee.DueOn == rung.MilestoneDate,
            // Expiration notices belong to the cycle they were planned in; recording a renewal moves the credential
            // to a new cycle, whose own rungs start again from its own dates.
            ReminderKind.ExpiresSoon or ReminderKind.ExpiresToday or ReminderKind.InGrace => verdict.Cycle.Expires == rung.MilestoneDate,
            ReminderKind.Lapsed => verdict.Cycle.GraceEnds == rung.MilestoneDate,
            _ => false,
        };
    }

    // The smallest offset whose day has come, while the milestone is still ahead.
    private static ReminderRung? Before(ReminderKind kind, IReadOnlyList<int> daysBefore, DateOnly milestone, DateOnly day)
    {
        if (day >= milestone) return null;
        ReminderRung? latest = null;
        foreach (var offset in daysBefore)
        {
            var sendOn = milestone.AddDays(-offset);
            if (sendOn <= day && (latest is null || offset < latest.OffsetDays)) latest = new ReminderRung(kind, milestone, offset, sendOn);
        }
        return latest;
    }

    // On the expiration date, then every 7 days while in grace, then one lapse notice the day after grace ends.
    private static ReminderRung? AfterExpiry(CycleWindow cycle, DateOnly day)
    {
        var lapsesOn = cycle.GraceEnds.AddDays(1);
        if (day >= lapsesOn)
            return day.DayNumber - lapsesOn.DayNumber < LapseNoticeFreshForDays
                ? new ReminderRung(ReminderKind.Lapsed, cycle.GraceEnds, -1, lapsesOn)
                : null;
        var weeks = (day.DayNumber - cycle.Expires.DayNumber) / 7;
        return weeks == 0
            ? new ReminderRung(ReminderKind.ExpiresToday, cycle.Expires, 0, cycle.Expires)
            : new ReminderRung(ReminderKind.InGrace, cycle.Expires, -7 * weeks, cycle.Expires.AddDays(7 * weeks));
    }
}
