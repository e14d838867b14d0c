using System.Globalization;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Reminders;
using CmaRenewal.TestKit.Persistence;

namespace CmaRenewal.IntegrationTests.Reminders;

/// <summary>
/// The planner's due index: the first run judges every credential, and the runs after judge only the credentials
/// of people written since or whose next rung, status change or snooze end has come on their own day.
/// Three CMAs (AAMA) like Ben's, each holder in a clinic of their own: CE due 2027-03-31, expiring 2027-04-30.
/// </summary>
public abstract class DueIndexTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2027, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task NothingNew_TheNextRunJudgesNothing_AndPlansNothing()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        await HoldersAsync(world, "America/New_York", "America/New_York", "America/Chicago");

        var first = await world.RunAtAsync(Utc(3, 25, 20));
        var next = await world.RunAtAsync(Utc(3, 25, 21));

        // Each holder's CE and fee are due 2027-03-31: the 7-day rungs of both came on 03-24.
        Assert.Equal((3, 6), (first.CredentialsEvaluated, first.RemindersPlanned));
        Assert.Equal((0, 0, 0), (next.CredentialsEvaluated, next.RemindersPlanned, next.Emails.Count));
    }

    /// <summary>A start can bring new rule packs or reminder settings that no write marks: the run after it judges everyone.</summary>
    [Fact]
    public async Task AfterAStart_TheNextRunJudgesEveryone_AndThenNothingAgain()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        await HoldersAsync(world, "America/New_York", "America/New_York", "America/Chicago");
        await world.RunAtAsync(Utc(3, 25, 20));

        await ReminderStartMark.MarkEveryoneAsync(new OptionsDbContextFactory(world.Database.Options()), Ct);
        var afterStart = await world.RunAtAsync(Utc(3, 25, 21));
        var next = await world.RunAtAsync(Utc(3, 25, 22));

        Assert.Equal(3, afterStart.CredentialsEvaluated);
        Assert.Equal((0, 0), (afterStart.RemindersPlanned, next.CredentialsEvaluated));
    }

    public static TheoryData<string> Writes => ["ce", "fee", "renewal", "preferences", "clinic", "manager"];

    /// <summary>A write to one holder's inputs between two runs of the same day: only their credential is judged again.</summary>
    [Theory]
    [MemberData(nameof(Writes))]
    public async Task AWriteInBetween_RejudgesOnlyThatHoldersCredential(string write)
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var (ben, cma) = (await HoldersAsync(world, "America/New_York", "America/New_York", "America/New_York"))[0];
        await world.RunAtAsync(Utc(3, 25, 20));

        await (write switch
        {
            "ce" => world.CeAsync(ben, cma, "2027-03-01", 1, Units.AamaCeu, "general"),
            "fee" => world.PayAsync(cma, "2027-03-25", "2028-04-30"),
            "renewal" => world.RenewAsync(cma, "2027-03-25"),
            "preferences" => world.ChangePersonAsync(ben, p => p.ChangeEmailPreferences(new EmailPreferences(FeeRemindersOff: true))),
            "clinic" => world.ChangeClinicAsync(ben.ClinicId, k => k.UseReminderOffsets("45, 7", null, null)),
            "manager" => world.ManagerAsync("rachel@example.org", ben.ClinicId),
            _ => throw new ArgumentOutOfRangeException(nameof(write), write, null),
        });
        var next = await world.RunAtAsync(Utc(3, 25, 21));
        var after = await world.RunAtAsync(Utc(3, 25, 22));

        Assert.Equal(1, next.CredentialsEvaluated);
        Assert.Equal(0, after.CredentialsEvaluated);
    }

    /// <summary>
    /// The CE rung 14 days before 2027-03-31 comes on 03-17, on each holder's own day: New York's 08:00 is 12:00 UTC
    /// (daylight time since 03-14), Honolulu's 18:00 UTC. Hourly runs judge nothing until then, and each holder's
    /// credential alone on the hour their day arrives.
    /// </summary>
    [Fact]
    public async Task ARungWhoseDayArrives_IsPlannedOnThatHour_InEachHoldersZone()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        await HoldersAsync(world, "America/New_York", "Pacific/Honolulu");
        await world.RunAtAsync(Utc(3, 16, 19));

        var runs = new List<string>();
        for (var now = Utc(3, 16, 20); now <= Utc(3, 17, 23); now = now.AddHours(1))
        {
            var report = await world.RunAtAsync(now);
            if (report.CredentialsEvaluated + report.RemindersPlanned > 0)
                runs.Add(string.Create(CultureInfo.InvariantCulture, $"{now:MM-dd HH}Z judged {report.CredentialsEvaluated}, planned {report.RemindersPlanned}"));
        }

        Assert.Equal(["03-17 12Z judged 1, planned 1", "03-17 18Z judged 1, planned 1"], runs);
    }

    private static async Task<List<(Person Holder, Core.Credentials.Credential Cma)>> HoldersAsync(ReminderWorld world, params string[] zones)
    {
        var holders = new List<(Person, Core.Credentials.Credential)>();
        for (var i = 0; i < zones.Length; i++)
        {
            var holder = await world.PersonAsync($"holder{i}@example.org", zones[i]);
            holders.Add((holder, await world.CredentialAsync(holder, "CMA-AAMA", "2022-04-10")));
        }
        return holders;
    }
}

public sealed class DueIndexTestsOnSqlite() : DueIndexTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class DueIndexTestsOnSqlServer() : DueIndexTests(DatabaseProvider.SqlServer);
