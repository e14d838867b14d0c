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
    public static IEnumerable<ReminderRung> Schedule(CycleWindow cycle, FeeDue? fee, bool hasCe, ReminderLadder ladder)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(ladder);
        var rungs = Enumerable.Empty<ReminderRung>();
        if (hasCe) rungs = rungs.Concat(Before(ReminderKind.CeDue, ladder.CeDaysBefore, cycle.CeCompleteBy));
        if (fee is not null) rungs = rungs.Concat(Before(ReminderKind.FeeDue, ladder.FeeDaysBefore, fee.DueOn));
        return rungs.Concat(Before(ReminderKind.ExpiresSoon, ladder.ExpirationDaysBefore, cycle.Expires)).Concat(AfterExpiry(cycle));
    }

    /// <summary>The current rung of each ladder on <paramref name="day"/>: the latest whose day has come, while it still applies.</summary>
    public static IReadOnlyList<ReminderRung> CurrentRungs(CycleWindow cycle, FeeDue? fee, bool hasCe, ReminderLadder ladder, DateOnly day) =>
    [
        .. Schedule(cycle, fee, hasCe, ladder)
            .Where(r => r.SendOn <= day)
            .GroupBy(r => LadderOf(r.Kind))
            .Select(ladderRungs => ladderRungs.MaxBy(r => r.SendOn)!)
            .Where(r => StillApplies(r, day))
            .OrderBy(r => LadderOf(r.Kind)),
    ];

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

    // CE and fee ladders end on their milestone; the expiration ladder runs on through grace to the lapse notice.
    private enum Ladder { Ce, Fee, Expiration }

    private static Ladder LadderOf(ReminderKind kind) => kind switch
    {
        ReminderKind.CeDue => Ladder.Ce,
        ReminderKind.FeeDue => Ladder.Fee,
        _ => Ladder.Expiration,
    };

    private static bool StillApplies(ReminderRung rung, DateOnly day) => rung.Kind switch
    {
        ReminderKind.CeDue or ReminderKind.FeeDue or ReminderKind.ExpiresSoon => day < rung.MilestoneDate,
        ReminderKind.Lapsed => day.DayNumber - rung.SendOn.DayNumber < LapseNoticeFreshForDays,
        _ => true,
    };

    private static IEnumerable<ReminderRung> Before(ReminderKind kind, IReadOnlyList<int> daysBefore, DateOnly milestone) =>
        daysBefore.Where(d => d > 0).Distinct().Select(d => new ReminderRung(kind, milestone, d, milestone.AddDays(-d)));

    // On the expiration date, then every 7 days while in grace, then one lapse notice the day after grace ends.
    private static IEnumerable<ReminderRung> AfterExpiry(CycleWindow cycle)
    {
        yield return new ReminderRung(ReminderKind.ExpiresToday, cycle.Expires, 0, cycle.Expires);
        for (var weeks = 1; cycle.Expires.AddDays(7 * weeks) <= cycle.GraceEnds; weeks++)
            yield return new ReminderRung(ReminderKind.InGrace, cycle.Expires, -7 * weeks, cycle.Expires.AddDays(7 * weeks));
        yield return new ReminderRung(ReminderKind.Lapsed, cycle.GraceEnds, -1, cycle.GraceEnds.AddDays(1));
    }
}
