using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Reminders;

public abstract class ExactlyOnceTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Morning = new(2027, 3, 13, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PlanningTwice_QueuesNothingTheSecondTime()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var ny = await world.PersonAsync("ny@example.org");
        await world.CredentialAsync(ny, "CCMA-NHA", "2025-03-14");
        world.Clock.SetUtcNow(Morning);

        var first = await world.Planner().PlanAsync(null, false, Ct);
        var second = await world.Planner().PlanAsync(null, false, Ct);

        Assert.Single(first.Emails);
        Assert.Empty(second.Emails);
        Assert.Equal(0, second.RemindersPlanned);
        Assert.Single(await world.EmailsAsync(ny));
    }

    [Fact]
    public async Task TwoPlannersAtOnceOnOneDatabase_EachReminderAndEmailExistsOnce()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var clinic = (await world.PersonAsync("first@example.org")).ClinicId;
        var people = new List<Person>();
        for (var i = 0; i < 40; i++)
        {
            var person = await world.PersonAsync($"p{i}@example.org", clinicId: clinic);
            await world.CredentialAsync(person, "CCMA-NHA", "2025-03-14");
            await world.CredentialAsync(person, "CMA-AAMA", "2022-04-10");
            people.Add(person);
        }
        world.Clock.SetUtcNow(Morning);

        // Separate planners, separate connections: two servers sharing the database.
        var reports = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => world.Planner().PlanAsync(null, false, Ct), Ct)));

        await using var db = world.Database.CreateContext();
        var emails = await db.OutboxEmails.AsNoTracking().ToListAsync(Ct);
        var reminders = await db.Reminders.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(40, emails.Count);
        Assert.Equal(emails.Count, emails.Select(e => e.RecipientPersonId).Distinct().Count());
        Assert.Equal(reminders.Count, reminders.Select(r => r.Key).Distinct().Count());
        Assert.All(reminders, r => Assert.Equal(ReminderState.Queued, r.State));
        Assert.Equal(40, reports.Sum(r => r.Emails.Count));
        // CCMA: CE, fee and expiry 1 day ahead; CMA: the 30-day CE and fee rungs of 2027-03-31.
        Assert.All(people, p => Assert.Equal(5, reminders.Count(r => r.RecipientPersonId == p.Id)));
    }

    [Fact]
    public async Task DryRun_ReportsWhatWouldGo_AndWritesNothing()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var ny = await world.PersonAsync("ny@example.org");
        await world.CredentialAsync(ny, "CCMA-NHA", "2025-03-14");

        var report = await world.Planner().PlanAsync(new DateOnly(2027, 3, 13), dryRun: true, Ct);

        var email = Assert.Single(report.Emails);
        Assert.Equal("ny@example.org", email.To);
        Assert.Equal(new DateOnly(2027, 3, 13), email.Day);
        // The 7-day CE and fee rungs went out (would have) on 2027-03-07; missed, they catch up once, with the true days left.
        Assert.Equal(
        [
            "CCMA-NHA: CE due 2027-03-14 (in 1 day): 10 more NHA credits",
            "CCMA-NHA: fee of 185.00 USD due 2027-03-14 (in 1 day)",
            "CCMA-NHA: expires 2027-03-14 (in 1 day)",
        ], email.Lines);
        await using var db = world.Database.CreateContext();
        Assert.Equal(0, await db.Reminders.CountAsync(Ct));
        Assert.Equal(0, await db.OutboxEmails.CountAsync(Ct));
    }

    [Fact]
    public async Task AReminderPlannedAfterTodaysEmail_WaitsForTomorrow_AndIsCancelledIfTheNeedIsGone()
    {
        await using var world = await ReminderWorld.CreateAsync(provider, Ct);
        var ny = await world.PersonAsync("ny@example.org");
        await world.CredentialAsync(ny, "CCMA-NHA", "2025-03-14");
        world.Clock.SetUtcNow(Morning);
        await world.Planner().PlanAsync(null, false, Ct);
        // Later the same day a second credential arrives whose fee is due in a week: today's email is already made.
        var late = await world.CredentialAsync(ny, "CMAA-NHA", "2025-03-20");
        world.Clock.SetUtcNow(Morning.AddHours(1));
        await world.Planner().PlanAsync(null, false, Ct);
        await using (var db = world.Database.CreateContext())
            Assert.Equal(3, await db.Reminders.CountAsync(r => r.State == ReminderState.Pending && r.CredentialId == late.Id, Ct));

        // Paid before tomorrow's email is made: the pending fee reminder is cancelled; the rest go out.
        await world.PayAsync(late, "2027-03-13", "2029-03-20");
        world.Clock.SetUtcNow(Morning.AddDays(1));
        await world.Planner().PlanAsync(null, false, Ct);

        await using var after = world.Database.CreateContext();
        var states = (await after.Reminders.Where(r => r.CredentialId == late.Id).ToListAsync(Ct))
            .OrderBy(r => r.Kind).Select(r => $"{r.Kind}/{r.OffsetDays}:{r.State}");
        Assert.Equal(["CeDue/7:Queued", "FeeDue/7:Cancelled", "ExpiresSoon/7:Queued"], states);
    }
}

public sealed class ExactlyOnceTestsOnSqlite() : ExactlyOnceTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class ExactlyOnceTestsOnSqlServer() : ExactlyOnceTests(DatabaseProvider.SqlServer);
