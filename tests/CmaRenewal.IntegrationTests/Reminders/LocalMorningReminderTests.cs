using CmaRenewal.Infrastructure.Persistence;

namespace CmaRenewal.IntegrationTests.Reminders;

/// <summary>
/// Hourly planner runs across the 2027 US clock changes: New York's 08:00 falls at 13:00 UTC in winter and 12:00 UTC in
/// summer; Honolulu keeps 18:00 UTC. Every day's email is made once, at the first run on or after 08:00 local.
/// </summary>
public abstract class LocalMorningReminderTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SpringForward_OneEmailPerLocalDay_AtEightLocal()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        // NHA cycles end on the anniversary date: these expire on 2027-03-14, the day New York springs forward.
        var ny = await world.PersonAsync("ny@example.org", "America/New_York");
        await world.CredentialAsync(ny, "CCMA-NHA", "2025-03-14");
        var hnl = await world.PersonAsync("hnl@example.org", "Pacific/Honolulu");
        await world.CredentialAsync(hnl, "CCMA-NHA", "2025-03-14");

        await world.RunHourlyAsync(Utc(2027, 3, 13, 0), Utc(2027, 3, 16, 23));

        Assert.Equal(["2027-03-13: ExpiresSoon/1", "2027-03-14: ExpiresToday/0", "2027-03-15: Lapsed/-1"], (await world.EmailsAsync(ny)).Skip(1));
        Assert.Equal(["2027-03-13 made 13:00Z", "2027-03-14 made 12:00Z", "2027-03-15 made 12:00Z"], (await world.EmailTimesAsync(ny)).Skip(1));
        Assert.Equal(["2027-03-13: ExpiresSoon/1", "2027-03-14: ExpiresToday/0", "2027-03-15: Lapsed/-1"], (await world.EmailsAsync(hnl)).Skip(1));
        Assert.Equal(["2027-03-13 made 18:00Z", "2027-03-14 made 18:00Z", "2027-03-15 made 18:00Z"], (await world.EmailTimesAsync(hnl)).Skip(1));
    }

    [Fact]
    public async Task FallBack_TheRepeatedHourSendsNothingTwice()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        // Expire on 2027-11-07, the day New York falls back (01:00-02:00 happens twice).
        var ny = await world.PersonAsync("ny@example.org", "America/New_York");
        await world.CredentialAsync(ny, "CCMA-NHA", "2025-11-07");

        await world.RunHourlyAsync(Utc(2027, 11, 6, 0), Utc(2027, 11, 9, 23));

        Assert.Equal(["2027-11-06: ExpiresSoon/1", "2027-11-07: ExpiresToday/0", "2027-11-08: Lapsed/-1"], (await world.EmailsAsync(ny)).Skip(1));
        Assert.Equal(["2027-11-06 made 12:00Z", "2027-11-07 made 13:00Z", "2027-11-08 made 13:00Z"], (await world.EmailTimesAsync(ny)).Skip(1));
    }
}

public sealed class LocalMorningReminderTestsOnSqlite() : LocalMorningReminderTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class LocalMorningReminderTestsOnSqlServer() : LocalMorningReminderTests(DatabaseProvider.SqlServer);
