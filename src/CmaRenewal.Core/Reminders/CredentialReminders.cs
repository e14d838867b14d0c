using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Fees;

namespace CmaRenewal.Core.Reminders;

/// <summary>
/// Which reminders one credential owes its holder. <see cref="Schedule"/> is every rung of the cycle's ladders by
/// date; the planner takes the rung that is current on a day (<see cref="CurrentRungs"/>) and asks the engine's
/// verdict whether the need is still there (<see cref="StillNeeded"/>); the assistant's page lists the rungs still
/// ahead. Only the latest rung of a ladder is ever current, so a planner that missed days catches up with one
/// reminder, not a burst of stale ones.
/// </summary>
public static class CredentialReminders
{
    /// <summary>A lapse notice older than this is news to nobody; a planner started long after stays quiet.</summary>
    public const int LapseNoticeFreshForDays = 30;

    /// <summary>
    /// Every rung of the cycle: CE ones when <paramref name="hasCe"/>, fee ones for <paramref name="fee"/>, expiration
    /// notices before the date, on it, weekly through grace, and one lapse notice the day after grace ends.
    /// </summary>
    public static IReadOnlyList<ReminderRung> Schedule(CycleWindow cycle, FeeDue? fee, bool hasCe, ReminderLadder ladder)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(ladder);
        var rungs = new List<ReminderRung>();
        if (hasCe) rungs.AddRange(ladder.CeDaysBefore.Distinct().Where(d => d > 0).Select(d => Before(ReminderKind.CeDue, cycle.CeCompleteBy, d)));
        if (fee is not null) rungs.AddRange(ladder.FeeDaysBefore.Distinct().Where(d => d > 0).Select(d => Before(ReminderKind.FeeDue, fee.DueOn, d)));
        rungs.AddRange(ladder.ExpirationDaysBefore.Distinct().Where(d => d > 0).Select(d => Before(ReminderKind.ExpiresSoon, cycle.Expires, d)));
        rungs.Add(OnExpiry(cycle));
        for (var weeks = 1; cycle.Expires.AddDays(7 * weeks) <= cycle.GraceEnds; weeks++) rungs.Add(InGrace(cycle, weeks));
        rungs.Add(LapseNotice(cycle));
        return rungs;
    }

    /// <summary>
    /// The current rung of each ladder on <paramref name="day"/>: the latest of <see cref="Schedule"/> whose day has
    /// come, while it still applies. Worked out directly rather than from the whole schedule: the planner asks this
    /// for every credential every hour.
    /// </summary>
    public static IReadOnlyList<ReminderRung> CurrentRungs(CycleWindow cycle, FeeDue? fee, bool hasCe, ReminderLadder ladder, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(ladder);
        var rungs = new List<ReminderRung>(3);
        if (hasCe && LatestBefore(ReminderKind.CeDue, ladder.CeDaysBefore, cycle.CeCompleteBy, day) is { } ce) rungs.Add(ce);
        if (fee is not null && LatestBefore(ReminderKind.FeeDue, ladder.FeeDaysBefore, fee.DueOn, day) is { } due) rungs.Add(due);
        var expiry = day < cycle.Expires
            ? LatestBefore(ReminderKind.ExpiresSoon, ladder.ExpirationDaysBefore, cycle.Expires, day)
            : LatestAfterExpiry(cycle, day);
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
    private static ReminderRung? LatestBefore(ReminderKind kind, IReadOnlyList<int> daysBefore, DateOnly milestone, DateOnly day)
    {
        if (day >= milestone) return null;
        int? latest = null;
        foreach (var days in daysBefore)
            if (days > 0 && milestone.AddDays(-days) <= day && (latest is null || days < latest)) latest = days;
        return latest is { } d ? Before(kind, milestone, d) : null;
    }

    private static ReminderRung? LatestAfterExpiry(CycleWindow cycle, DateOnly day)
    {
        var lapse = LapseNotice(cycle);
        if (day >= lapse.SendOn) return day.DayNumber - lapse.SendOn.DayNumber < LapseNoticeFreshForDays ? lapse : null;
        var weeks = (day.DayNumber - cycle.Expires.DayNumber) / 7;
        return weeks == 0 ? OnExpiry(cycle) : InGrace(cycle, weeks);
    }

    // The rungs themselves, one constructor each, shared by the schedule and the current-rung lookup.
    private static ReminderRung Before(ReminderKind kind, DateOnly milestone, int days) => new(kind, milestone, days, milestone.AddDays(-days));

    private static ReminderRung OnExpiry(CycleWindow cycle) => new(ReminderKind.ExpiresToday, cycle.Expires, 0, cycle.Expires);

    private static ReminderRung InGrace(CycleWindow cycle, int weeks) =>
        new(ReminderKind.InGrace, cycle.Expires, -7 * weeks, cycle.Expires.AddDays(7 * weeks));

    private static ReminderRung LapseNotice(CycleWindow cycle) => new(ReminderKind.Lapsed, cycle.GraceEnds, -1, cycle.GraceEnds.AddDays(1));
}
