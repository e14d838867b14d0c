using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Persistence;

namespace CmaRenewal.IntegrationTests.Reminders;

/// <summary>
/// A CMA (AAMA) certified 2026-01-15: expires 2031-01-31, CE and the $125 fee due with the application on
/// 2031-01-01 (30 days before), CE renewal possible until 2031-05-01 (90 days' grace). The planner runs every day.
/// </summary>
public abstract class AamaCycleReminderTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NothingDone_EveryRungOnItsDay_ThenExpiry_WeeklyGrace_AndOneLapseNotice()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var ana = await world.PersonAsync("ana@example.org");
        await world.CredentialAsync(ana, "CMA-AAMA", "2026-01-15");

        await world.RunDailyAsync("2026-03-02", "2031-06-30");

        Assert.Equal(
        [
            "2030-07-05: CeDue/180",
            "2030-10-03: CeDue/90",
            "2030-11-02: CeDue/60, FeeDue/60",
            "2030-12-02: CeDue/30, FeeDue/30",
            "2030-12-18: CeDue/14",
            "2030-12-25: CeDue/7, FeeDue/7",
            "2031-01-01: ExpiresSoon/30",
            "2031-01-24: ExpiresSoon/7",
            "2031-01-30: ExpiresSoon/1",
            "2031-01-31: ExpiresToday/0",
            "2031-02-07: InGrace/-7",
            "2031-02-14: InGrace/-14",
            "2031-02-21: InGrace/-21",
            "2031-02-28: InGrace/-28",
            "2031-03-07: InGrace/-35",
            "2031-03-14: InGrace/-42",
            "2031-03-21: InGrace/-49",
            "2031-03-28: InGrace/-56",
            "2031-04-04: InGrace/-63",
            "2031-04-11: InGrace/-70",
            "2031-04-18: InGrace/-77",
            "2031-04-25: InGrace/-84",
            "2031-05-02: Lapsed/-1",
        ], await world.EmailsAsync(ana));
    }

    [Fact]
    public async Task CeDoneThenFeePaidThenRenewed_EachLadderStops_AndTheNextCycleReArms()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var ana = await world.PersonAsync("ana@example.org");
        var cma = await world.CredentialAsync(ana, "CMA-AAMA", "2026-01-15");

        await world.RunDailyAsync("2030-06-01", "2031-03-31", before: async day =>
        {
            if (day == new DateOnly(2030, 10, 20))
            {
                await world.CeAsync(ana, cma, "2030-10-19", 20, Units.AamaCeu, "administrative");
                await world.CeAsync(ana, cma, "2030-10-19", 20, Units.AamaCeu, "clinical");
                await world.CeAsync(ana, cma, "2030-10-19", 20, Units.AamaCeu, "general");
            }
            if (day == new DateOnly(2030, 12, 10)) await world.PayAsync(cma, "2030-12-10", "2031-01-31");
            if (day == new DateOnly(2031, 1, 20)) await world.RenewAsync(cma, "2031-01-20");
        });
        // Renewed on 2031-01-20: the new cycle ends 2036-01-31, so CE is next due 2036-01-01 and its first rung is 180 days before.
        await world.RunDailyAsync("2035-07-01", "2035-07-10");

        Assert.Equal(
        [
            "2030-07-05: CeDue/180",
            "2030-10-03: CeDue/90",
            "2030-11-02: FeeDue/60",
            "2030-12-02: FeeDue/30",
            "2031-01-01: ExpiresSoon/30",
            "2035-07-05: CeDue/180",
        ], await world.EmailsAsync(ana));
    }
}

public sealed class AamaCycleReminderTestsOnSqlite() : AamaCycleReminderTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class AamaCycleReminderTestsOnSqlServer() : AamaCycleReminderTests(DatabaseProvider.SqlServer);
