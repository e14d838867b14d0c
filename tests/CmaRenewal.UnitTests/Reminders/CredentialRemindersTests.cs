using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Reminders;

public sealed class CredentialRemindersTests
{
    // CMA (AAMA) certified 2026-01-15: expires 2031-01-31; CE and the fee due 2031-01-01; grace to 2031-05-01.
    private static EngineBuilder Aama() => new("CMA-AAMA", "2026-01-15");

    private static string Due(ComplianceResult verdict, DateOnly day, ClinicReminderOffsets? clinic = null)
    {
        var ladder = ReminderLadder.From(verdict.Cycle.Rules.Reminders, clinic);
        var rungs = CredentialReminders.CurrentRungs(verdict.Cycle, verdict.Fee, verdict.Progress is not null, ladder, day)
            .Where(r => CredentialReminders.StillNeeded(r, verdict));
        return string.Join(" ", rungs.Select(r => $"{r.Kind}/{r.OffsetDays}@{r.SendOn:yyyy-MM-dd}"));
    }

    [Theory]
    [InlineData("2026-06-01", "")]
    [InlineData("2030-07-04", "")]
    [InlineData("2030-07-05", "CeDue/180@2030-07-05")]
    [InlineData("2030-10-02", "CeDue/180@2030-07-05")]                      // a missed run catches up with the latest rung only
    [InlineData("2030-10-03", "CeDue/90@2030-10-03")]
    [InlineData("2030-11-02", "CeDue/60@2030-11-02 FeeDue/60@2030-11-02")]
    [InlineData("2030-12-31", "CeDue/7@2030-12-25 FeeDue/7@2030-12-25")]
    [InlineData("2031-01-01", "ExpiresSoon/30@2031-01-01")]                 // CE and fee dates reached: their ladders end
    [InlineData("2031-01-30", "ExpiresSoon/1@2031-01-30")]
    [InlineData("2031-01-31", "ExpiresToday/0@2031-01-31")]
    [InlineData("2031-02-06", "ExpiresToday/0@2031-01-31")]
    [InlineData("2031-02-07", "InGrace/-7@2031-02-07")]
    [InlineData("2031-05-01", "InGrace/-84@2031-04-25")]                    // the last day of grace
    [InlineData("2031-05-02", "Lapsed/-1@2031-05-02")]
    [InlineData("2031-05-31", "Lapsed/-1@2031-05-02")]
    [InlineData("2031-06-01", "")]                                          // 30 days on, a lapse notice is old news
    public void NothingDone_TheCurrentRungOnEachDay(string day, string expected) =>
        Assert.Equal(expected, Due(Aama().EvaluateOn(day), D(day)));

    [Theory]
    [InlineData("2030-07-05", "")]
    [InlineData("2030-11-02", "FeeDue/60@2030-11-02")]
    [InlineData("2031-01-24", "ExpiresSoon/7@2031-01-24")]
    public void CeComplete_NoCeRungs_ButFeeAndExpiryGoOn(string day, string expected)
    {
        var verdict = Aama()
            .Ce("2029-05-01", 20, Units.AamaCeu, "administrative").Ce("2029-05-01", 20, Units.AamaCeu, "clinical")
            .Ce("2029-05-01", 20, Units.AamaCeu, "general")
            .EvaluateOn(day);

        Assert.Equal(expected, Due(verdict, D(day)));
    }

    [Fact]
    public void FeePaid_NoFeeRungs()
    {
        var verdict = Aama().Paid("2030-10-01", "2031-01-31").EvaluateOn("2030-11-02");

        Assert.Equal("CeDue/60@2030-11-02", Due(verdict, D("2030-11-02")));
    }

    [Fact]
    public void Renewed_TheOldCyclesRungsAreGone_AndTheNewOnesStartFromItsDates()
    {
        var renewed = Aama().Renewed("2031-01-20");

        Assert.Equal("", Due(renewed.EvaluateOn("2031-01-24"), D("2031-01-24")));
        Assert.Equal("CeDue/180@2035-07-05", Due(renewed.EvaluateOn("2035-07-05"), D("2035-07-05")));
    }

    [Fact]
    public void ClinicOffsets_ReplaceThePacksLadder()
    {
        var clinic = new ClinicReminderOffsets([45, 5], null, [3]);

        Assert.Equal("CeDue/45@2030-11-17 FeeDue/60@2030-11-02", Due(Aama().EvaluateOn("2030-11-20"), D("2030-11-20"), clinic));
        Assert.Equal("ExpiresSoon/3@2031-01-28", Due(Aama().EvaluateOn("2031-01-29"), D("2031-01-29"), clinic));
    }

    [Fact]
    public void NoGrace_ExpiryThenALapseNoticeTheNextDay()
    {
        // CCMA (NHA): certified 2025-03-14, expires 2027-03-14, no late-CE grace.
        var nha = new EngineBuilder("CCMA-NHA", "2025-03-14");

        Assert.Equal("ExpiresToday/0@2027-03-14", Due(nha.EvaluateOn("2027-03-14"), D("2027-03-14")));
        Assert.Equal("Lapsed/-1@2027-03-15", Due(nha.EvaluateOn("2027-03-15"), D("2027-03-15")));
    }

    [Fact]
    public void Keys_NamePersonCredentialCycleMilestoneAndOffset()
    {
        var rung = new ReminderRung(ReminderKind.CeDue, D("2031-01-01"), 30, D("2030-12-02"));

        Assert.Equal("7/42/2026-01-15/CeDue/2031-01-01/30", rung.Key(7, 42, D("2026-01-15")));
    }
}
