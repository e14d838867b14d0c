using System.Globalization;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Reminders;

public sealed class ReminderDueDatesTests
{
    // CMA (AAMA) certified 2026-01-15: expires 2031-01-31; CE and the fee due 2031-01-01; grace to 2031-05-01.
    private static EngineBuilder Aama() => new("CMA-AAMA", "2026-01-15");

    private static EngineBuilder Scenario(string name) => name switch
    {
        "nothing done" => Aama(),
        "ce complete" => Aama().Ce("2029-05-01", 20, Units.AamaCeu, "administrative").Ce("2029-05-01", 20, Units.AamaCeu, "clinical")
            .Ce("2029-05-01", 20, Units.AamaCeu, "general"),
        "fee paid" => Aama().Paid("2030-06-01", "2031-01-31"),
        "renewed" => Aama().Renewed("2031-01-20"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static DateOnly? Next(EngineBuilder credential, DateOnly day)
    {
        var verdict = credential.EvaluateOn(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return ReminderDueDates.NextChange(verdict.Cycle, verdict.Fee, verdict.Progress is not null,
            ReminderLadder.From(verdict.Cycle.Rules.Reminders), day);
    }

    // Everything the planner makes of one credential on a day: the rungs still needed, and whether managers hear of it.
    private static string Owed(EngineBuilder credential, DateOnly day)
    {
        var verdict = credential.EvaluateOn(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var ladder = ReminderLadder.From(verdict.Cycle.Rules.Reminders);
        var rungs = CredentialReminders.CurrentRungs(verdict.Cycle, verdict.Fee, verdict.Progress is not null, ladder, day)
            .Where(r => CredentialReminders.StillNeeded(r, verdict)).Select(r => r.Key(1, 1, verdict.Cycle.Start));
        return string.Join(" ", rungs.Append(ManagerReminders.Escalates(verdict.Status) ? $"escalates/{verdict.Status}" : "quiet"));
    }

    [Theory]
    [InlineData("2026-06-01", "2030-07-05")]                                // nothing until the first CE rung, 180 days ahead
    [InlineData("2030-07-05", "2030-10-03")]
    [InlineData("2030-11-01", "2030-11-02")]                                // the CE and fee rungs of 60 days
    [InlineData("2030-12-31", "2031-01-01")]                                // CE and fee dates: ladders end, expiry's starts
    [InlineData("2031-01-01", "2031-01-02")]                                // the day after the CE date: Overdue
    [InlineData("2031-01-31", "2031-02-01")]                                // expired today; grace tomorrow
    [InlineData("2031-05-01", "2031-05-02")]                                // the last day of grace; lapse notice tomorrow
    [InlineData("2031-05-02", "2031-06-01")]                                // the lapse notice stays current for 30 days
    public void NothingDone_TheNextDayAnythingCanChange(string day, string expected) =>
        Assert.Equal(D(expected), Next(Aama(), D(day)));

    [Fact]
    public void LongAfterLapse_NothingMoreChanges() => Assert.Null(Next(Aama(), D("2031-07-01")));

    /// <summary>
    /// The index's promise, day by day over the whole end of a cycle: between a day and its next change, what the
    /// credential owes stays exactly as it was, so the planner may skip it; a change falls only on a next-change day.
    /// Walks start on the day the last record was made: the forms refuse CE and renewals dated in the future.
    /// </summary>
    [Theory]
    [InlineData("nothing done", "2030-06-01", "2031-08-01")]
    [InlineData("ce complete", "2030-06-01", "2031-08-01")]
    [InlineData("fee paid", "2030-06-01", "2031-08-01")]
    [InlineData("renewed", "2031-01-20", "2036-08-01")]                     // through the end of the new cycle
    public void BetweenADayAndItsNextChange_NothingOwedChanges(string scenario, string from, string through)
    {
        var credential = Scenario(scenario);
        var anchor = D(from);
        var (owed, next) = (Owed(credential, anchor), Next(credential, anchor));
        var changes = 0;
        for (var day = anchor.AddDays(1); day <= D(through); day = day.AddDays(1))
        {
            if (next is null || day < next)
            {
                Assert.True(owed == Owed(credential, day), $"{scenario}: {day:yyyy-MM-dd} owes something else than {anchor:yyyy-MM-dd}, yet comes before its next change.");
                continue;
            }
            (anchor, owed, next) = (day, Owed(credential, day), Next(credential, day));
            changes++;
        }
        Assert.InRange(changes, 5, 60);
    }

    public static TheoryData<string> ShippedPacks => [.. Packs.Shipped.All.Select(p => p.Code)];

    /// <summary>
    /// The next change worked out in place equals its definition: the earliest day after the given one among the
    /// schedule's rungs, the milestones and the days after them, and the lapse notice going stale; for every shipped
    /// pack (their grace periods differ, so do the weekly grace rungs), with and without a fee due, every day from
    /// before the cycle to after its lapse notice.
    /// </summary>
    [Theory]
    [MemberData(nameof(ShippedPacks))]
    public void NextChange_IsTheEarliestScheduledDayOrTurnAfterTheDay(string pack)
    {
        var verdict = new EngineBuilder(pack, "2026-01-15").EvaluateOn("2026-02-01");
        var cycle = verdict.Cycle;
        var ladder = ReminderLadder.From(cycle.Rules.Reminders);
        // The pack's own fee when it has one (its due day), and none.
        FeeDue?[] fees = verdict.Fee is null ? [null] : [null, verdict.Fee];
        foreach (var fee in fees)
            foreach (var hasCe in new[] { true, false })
                for (var day = cycle.Start.AddDays(-30); day <= cycle.GraceEnds.AddDays(60); day = day.AddDays(1))
                    Assert.True(ByDefinition(cycle, fee, hasCe, ladder, day) == ReminderDueDates.NextChange(cycle, fee, hasCe, ladder, day),
                        $"{pack}, fee {fee?.DueOn}, CE {hasCe}, on {day:yyyy-MM-dd}");
    }

    private static DateOnly? ByDefinition(CycleWindow cycle, FeeDue? fee, bool hasCe, ReminderLadder ladder, DateOnly day)
    {
        DateOnly[] turns = [cycle.CeCompleteBy, cycle.Expires, cycle.GraceEnds, .. fee is null ? Array.Empty<DateOnly>() : [fee.DueOn]];
        var days = CredentialReminders.Schedule(cycle, fee, hasCe, ladder).Select(r => r.SendOn)
            .Concat(turns.SelectMany(t => new[] { t, t.AddDays(1) }))
            .Append(cycle.GraceEnds.AddDays(1 + CredentialReminders.LapseNoticeFreshForDays))
            .Where(d => d > day).ToList();
        return days.Count == 0 ? null : days.Min();
    }
}
