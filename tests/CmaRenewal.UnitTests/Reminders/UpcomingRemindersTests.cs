using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Reminders;

/// <summary>
/// What a credential will still send, as the home page lists it. AAMA, certified 2022-03-15: expires 2027-03-31,
/// CE due 2027-03-01 (30 days before), grace (CE renewal) through 2027-06-29.
/// </summary>
public sealed class UpcomingRemindersTests
{
    private static readonly int[] FeeLadder = [60, 30, 7];

    private static EngineBuilder Aama() => new("CMA-AAMA", "2022-03-15");

    private static EngineBuilder CeComplete() => Aama()
        .Ce("2023-01-10", 20, Units.AamaCeu, "administrative")
        .Ce("2023-02-10", 20, Units.AamaCeu, "clinical")
        .Ce("2023-03-10", 20, Units.AamaCeu, "general");

    private static IReadOnlyList<UpcomingReminder> Upcoming(EngineBuilder builder, string today, EmailPreferences? preferences = null)
    {
        var verdict = builder.EvaluateOn(today);
        return UpcomingReminders.For(verdict, ReminderLadder.From(verdict.Cycle.Rules.Reminders), D(today), preferences ?? EmailPreferences.AllOn);
    }

    private static string Rungs(IEnumerable<UpcomingReminder> upcoming, ReminderKind kind) =>
        string.Join(" ", upcoming.Where(u => u.Rung.Kind == kind).Select(u => $"{u.Rung.OffsetDays}@{u.Rung.SendOn:yyyy-MM-dd}"));

    [Theory]
    // CE short: the whole ladder, 180 to 7 days before 2027-03-01.
    [InlineData("2026-01-01", ReminderKind.CeDue, "180@2026-09-02 90@2026-12-01 60@2026-12-31 30@2027-01-30 14@2027-02-15 7@2027-02-22")]
    // Part-way down the ladder: only rungs whose day is today or later.
    [InlineData("2026-12-31", ReminderKind.CeDue, "60@2026-12-31 30@2027-01-30 14@2027-02-15 7@2027-02-22")]
    [InlineData("2026-01-01", ReminderKind.ExpiresSoon, "30@2027-03-01 7@2027-03-24 1@2027-03-30")]
    [InlineData("2026-01-01", ReminderKind.ExpiresToday, "0@2027-03-31")]
    [InlineData("2026-01-01", ReminderKind.InGrace,
        "-7@2027-04-07 -14@2027-04-14 -21@2027-04-21 -28@2027-04-28 -35@2027-05-05 -42@2027-05-12 -49@2027-05-19 -56@2027-05-26 -63@2027-06-02 -70@2027-06-09 -77@2027-06-16 -84@2027-06-23")]
    [InlineData("2026-01-01", ReminderKind.Lapsed, "-1@2027-06-30")]
    [InlineData("2027-06-24", ReminderKind.InGrace, "")]
    public void CeShort_LadderFromToday(string today, ReminderKind kind, string expected)
    {
        Assert.Equal(expected, Rungs(Upcoming(Aama(), today), kind));
    }

    [Fact]
    public void CeComplete_SendsNoCeReminders_ButStillExpirationNotices()
    {
        var upcoming = Upcoming(CeComplete(), "2026-01-01");

        Assert.Equal("", Rungs(upcoming, ReminderKind.CeDue));
        Assert.Equal("30@2027-03-01 7@2027-03-24 1@2027-03-30", Rungs(upcoming, ReminderKind.ExpiresSoon));
    }

    [Fact]
    public void FeeUnpaid_HasFeeRungs_FeePaid_HasNone()
    {
        var unpaid = Upcoming(CeComplete(), "2026-01-01");
        var paid = Upcoming(CeComplete().Paid("2026-01-01", "2027-03-31", 125m), "2026-01-01");

        var due = CeComplete().EvaluateOn("2026-01-01").Fee!.DueOn;
        Assert.Equal(string.Join(" ", FeeLadder.Select(d => $"{d}@{due.AddDays(-d):yyyy-MM-dd}")), Rungs(unpaid, ReminderKind.FeeDue));
        Assert.Equal("", Rungs(paid, ReminderKind.FeeDue));
    }

    [Fact]
    public void OptedOutKind_IsListedButMarked_OthersAreNot()
    {
        var upcoming = Upcoming(Aama(), "2026-01-01", EmailPreferences.AllOn with { CeRemindersOff = true });

        Assert.All(upcoming.Where(u => u.Rung.Kind == ReminderKind.CeDue),
            u => Assert.Equal("You turned off CE reminders", u.SuppressedBecause));
        Assert.All(upcoming.Where(u => u.Rung.Kind != ReminderKind.CeDue), u => Assert.False(u.IsSuppressed));
    }

    [Fact]
    public void Snooze_MarksRungsThroughItsLastDay_Only()
    {
        var upcoming = Upcoming(Aama(), "2026-12-01", new EmailPreferences(SnoozedUntil: D("2026-12-31")));

        var marked = upcoming.Where(u => u.IsSuppressed).Select(u => $"{u.Rung.Kind}@{u.Rung.SendOn:yyyy-MM-dd}");
        Assert.Equal(["CeDue@2026-12-01", "CeDue@2026-12-31"], marked.Where(m => m.StartsWith("CeDue", StringComparison.Ordinal)));
        Assert.All(upcoming.Where(u => u.IsSuppressed), u => Assert.Equal("Snoozed until Dec 31, 2026", u.SuppressedBecause));
        Assert.DoesNotContain(upcoming, u => u.IsSuppressed && u.Rung.SendOn > D("2026-12-31"));
    }

    [Fact]
    public void Upcoming_IsInSendOrder_AndNamesTheCredential()
    {
        var upcoming = Upcoming(Aama(), "2026-01-01");

        Assert.Equal(upcoming.OrderBy(u => u.Rung.SendOn).Select(u => u.Rung.SendOn), upcoming.Select(u => u.Rung.SendOn));
        Assert.All(upcoming, u => Assert.Equal("CMA-AAMA", u.PackCode));
    }
}
