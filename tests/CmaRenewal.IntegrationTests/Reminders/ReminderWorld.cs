using System.Globalization;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Reminders;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.IntegrationTests.Reminders;

/// <summary>
/// A real database (SQLite, or SQL Server where one is found), a fake clock and the real planner: people and credentials go in, days go by, and what
/// the outbox holds comes out as "day: Kind/offset, Kind/offset" lines, one per email.
/// </summary>
public sealed class ReminderWorld : IAsyncDisposable
{
    private readonly TestDatabase database;

    private ReminderWorld(TestDatabase database) => this.database = database;

    public FakeTimeProvider Clock => database.Clock;
    public TestDatabase Database => database;
    public ReminderOptions Options { get; } = new();

    public static async Task<ReminderWorld> CreateAsync(DatabaseProvider provider, CancellationToken ct) =>
        new(await TestDatabases.CreateAsync(provider, Assert.Skip, ct));

    public async Task<Person> PersonAsync(string email, string timeZone = "America/New_York", PersonRole role = PersonRole.Assistant, long? clinicId = null)
    {
        clinicId ??= (await database.SaveAsync(A.Clinic($"Clinic of {email}", timeZone), Ct)).Id;
        return await database.SaveAsync(A.Person(clinicId.Value, email, role: role, timeZone: timeZone), Ct);
    }

    public async Task<Person> ManagerAsync(string email, long clinicId, string timeZone = "America/New_York")
    {
        var manager = await PersonAsync(email, timeZone, PersonRole.Manager, clinicId);
        await database.SaveAsync(new ClinicManager(manager.Id, clinicId), Ct);
        return manager;
    }

    public async Task ChangePersonAsync(Person person, Action<Person> change)
    {
        await using var db = database.CreateContext();
        change(await db.People.SingleAsync(p => p.Id == person.Id, Ct));
        await db.SaveChangesAsync(Ct);
    }

    public async Task ChangeClinicAsync(long clinicId, Action<Core.Clinics.Clinic> change)
    {
        await using var db = database.CreateContext();
        change(await db.Clinics.SingleAsync(c => c.Id == clinicId, Ct));
        await db.SaveChangesAsync(Ct);
    }

    public async Task<Credential> CredentialAsync(Person holder, string pack, string certifiedOn) =>
        await database.SaveAsync(A.Credential(holder.Id, pack, Dates.D(certifiedOn)), Ct);

    public async Task CeAsync(Person holder, Credential credential, string completedOn, decimal amount, string unit, string? category, bool approved = true)
    {
        var activity = A.Activity(holder.Id, A.ActivityDetails(Dates.D(completedOn), $"Course {completedOn} {category}", (long)(amount * 100), unit, category, approved));
        activity.CountToward(credential.Id);
        await database.SaveAsync(activity, Ct);
    }

    public Task PayAsync(Credential credential, string paidOn, string paidThrough) =>
        database.SaveAsync(A.FeePayment(credential.Id, Dates.D(paidOn), Dates.D(paidThrough)), Ct);

    public async Task RenewAsync(Credential credential, string renewedOn)
    {
        await using var db = database.CreateContext();
        var stored = await db.Credentials.Include(c => c.Renewals).SingleAsync(c => c.Id == credential.Id, Ct);
        stored.RecordRenewal(Dates.D(renewedOn));
        await db.SaveChangesAsync(Ct);
    }

    public ReminderPlanner Planner()
    {
        var factory = new OptionsDbContextFactory(database.Options());
        var compliance = new ComplianceQueries(factory, new Core.Compliance.ComplianceEngine(Packs.Shipped, Clock));
        return new ReminderPlanner(factory, compliance, Packs.Shipped, Microsoft.Extensions.Options.Options.Create(Options), Clock,
            NullLogger<ReminderPlanner>.Instance);
    }

    /// <summary>Runs the planner once a day at <paramref name="utcHour"/>:00 UTC from one date to another, both included.</summary>
    public async Task RunDailyAsync(string from, string through, int utcHour = 20, Func<DateOnly, Task>? before = null)
    {
        var planner = Planner();
        for (var day = Dates.D(from); day <= Dates.D(through); day = day.AddDays(1))
        {
            Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(utcHour, 0)), TimeSpan.Zero));
            if (before is not null) await before(day);
            await planner.PlanAsync(null, false, Ct);
        }
    }

    /// <summary>Every reminders email in the outbox for one person: "2030-07-05: CeDue/180, FeeDue/60".</summary>
    public async Task<List<string>> EmailsAsync(Person recipient)
    {
        await using var db = database.CreateContext();
        var emails = await db.OutboxEmails.AsNoTracking().Where(e => e.RecipientPersonId == recipient.Id).OrderBy(e => e.Day).ToListAsync(Ct);
        var reminders = (await db.Reminders.AsNoTracking().Where(r => r.RecipientPersonId == recipient.Id && r.EmailId != null).ToListAsync(Ct))
            .ToLookup(r => r.EmailId);
        return [.. emails.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"{e.Day:yyyy-MM-dd}: {string.Join(", ", reminders[e.Id].OrderBy(r => r.Kind).Select(r => $"{r.Kind}/{r.OffsetDays}"))}"))];
    }

    /// <summary>When each of a person's reminders emails was made: "2027-03-14 made 12:00Z".</summary>
    public async Task<List<string>> EmailTimesAsync(Person recipient)
    {
        await using var db = database.CreateContext();
        var emails = await db.OutboxEmails.AsNoTracking().Where(e => e.RecipientPersonId == recipient.Id).OrderBy(e => e.Day).ToListAsync(Ct);
        return [.. emails.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Day:yyyy-MM-dd} made {e.CreatedAtUtc:HH:mm}Z"))];
    }

    /// <summary>One run of the planner at <paramref name="now"/>, with what it judged and planned.</summary>
    public async Task<Core.Reminders.PlanningReport> RunAtAsync(DateTimeOffset now)
    {
        Clock.SetUtcNow(now);
        return await Planner().PlanAsync(null, false, Ct);
    }

    /// <summary>Runs the planner every hour on the hour, as the recurring job does.</summary>
    public async Task RunHourlyAsync(DateTimeOffset from, DateTimeOffset through)
    {
        var planner = Planner();
        for (var now = from; now <= through; now = now.AddHours(1))
        {
            Clock.SetUtcNow(now);
            await planner.PlanAsync(null, false, Ct);
        }
    }

    // The SQL Server variant may have skipped before it had a database.
    public ValueTask DisposeAsync() => database?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
