using CmaRenewal.Infrastructure.Persistence;

namespace CmaRenewal.IntegrationTests.Reminders;

public abstract class AmtAndNhaReminderTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// An RMA (AMT) certified 2026-03-10: the $50 yearly fee is due at the end of each anniversary month
    /// (2027-03-31, then 2028-03-31). Paid on 2027-03-20, so the 7-day rung never goes, and next year's ladder starts again.
    /// </summary>
    [Fact]
    public async Task AmtFeeYear_StopsWhenPaid_AndReArmsForNextYearsFee()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var ben = await world.PersonAsync("ben@example.org", "America/Chicago");
        var rma = await world.CredentialAsync(ben, "RMA-AMT", "2026-03-10");

        await world.RunDailyAsync("2026-03-10", "2028-02-15", before: async day =>
        {
            if (day == new DateOnly(2027, 3, 20)) await world.PayAsync(rma, "2027-03-20", "2028-03-31");
        });

        Assert.Equal(
        [
            "2027-01-30: FeeDue/60",
            "2027-03-01: FeeDue/30",
            "2028-01-31: FeeDue/60",
        ], await world.EmailsAsync(ben));
    }

    /// <summary>
    /// A CCMA (NHA) certified 2026-03-10: a fixed 2-year cycle to 2028-03-10, CE (10 credits) and the renewal fee
    /// due that day, no grace: one expiry notice and one lapse notice the next day.
    /// </summary>
    [Fact]
    public async Task NhaCycle_NothingDone_CeFeeAndExpiryRungsShareEmails()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var cy = await world.PersonAsync("cy@example.org", "Pacific/Honolulu");
        await world.CredentialAsync(cy, "CCMA-NHA", "2026-03-10");

        await world.RunDailyAsync("2026-03-10", "2028-06-30");

        Assert.Equal(
        [
            "2027-09-12: CeDue/180",
            "2027-12-11: CeDue/90",
            "2028-01-10: CeDue/60, FeeDue/60",
            "2028-02-09: CeDue/30, FeeDue/30, ExpiresSoon/30",
            "2028-02-25: CeDue/14",
            "2028-03-03: CeDue/7, FeeDue/7, ExpiresSoon/7",
            "2028-03-09: ExpiresSoon/1",
            "2028-03-10: ExpiresToday/0",
            "2028-03-11: Lapsed/-1",
        ], await world.EmailsAsync(cy));
    }
}

public sealed class AmtAndNhaReminderTestsOnSqlite() : AmtAndNhaReminderTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class AmtAndNhaReminderTestsOnSqlServer() : AmtAndNhaReminderTests(DatabaseProvider.SqlServer);
