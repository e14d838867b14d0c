using CmaRenewal.Application;
using CmaRenewal.Application.Profile;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.MyCredentials;

/// <summary>A person's email choices: all on by default, saved per kind, snooze within a year, audited.</summary>
public sealed class EmailPreferenceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private SqliteTestDatabase database = null!;
    private long ana;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(Ct);
        var clinic = (await database.SaveAsync(A.Clinic(), Ct)).Id;
        ana = (await database.SaveAsync(A.Person(clinic), Ct)).Id;
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task NewPerson_GetsEveryReminder()
    {
        Assert.Equal(EmailPreferences.AllOn, (await Handler().LoadAsync(Ana, Ct)).Value);
    }

    [Fact]
    public async Task Choices_AreSavedPerKind_AndAudited()
    {
        var chosen = new EmailPreferences(CeRemindersOff: false, FeeRemindersOff: true, ExpirationNoticesOff: false, DigestOff: true,
            SnoozedUntil: new DateOnly(2026, 3, 9));

        Assert.Equal(UseCaseOutcome.Done, (await Handler().SaveAsync(Ana, chosen, Ct)).Outcome);

        Assert.Equal(chosen, (await Handler().LoadAsync(Ana, Ct)).Value);
        await using var db = database.CreateContext();
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityType == nameof(Person)).Select(a => a.AfterJson).ToListAsync(Ct),
            json => json != null && json.Contains("FeeRemindersOff", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2026-03-01")] // in the past
    [InlineData("2027-03-03")] // more than a year away
    public async Task SnoozeOutsideTheNextYear_IsRefused_AndNothingChanges(string until)
    {
        var result = await Handler().SaveAsync(Ana, EmailPreferences.AllOn with { CeRemindersOff = true, SnoozedUntil = Dates.D(until) }, Ct);

        Assert.Equal((UseCaseOutcome.Invalid, "A snooze ends between today and one year from now."), (result.Outcome, result.Errors["SnoozedUntil"]));
        Assert.Equal(EmailPreferences.AllOn, (await Handler().LoadAsync(Ana, Ct)).Value);
    }

    [Theory]
    [InlineData("2026-03-09", "2026-03-09", true)]
    [InlineData("2026-03-09", "2026-03-10", false)]
    public void Snooze_IncludesItsLastDay(string until, string day, bool snoozed)
    {
        Assert.Equal(snoozed, new EmailPreferences(SnoozedUntil: Dates.D(until)).IsSnoozedOn(Dates.D(day)));
    }

    private AccessScope Ana => new(ana, PersonRole.Assistant, new HashSet<long>());

    private EmailPreferencesHandler Handler()
    {
        var factory = new OptionsDbContextFactory(database.Options());
        var clock = new PersonClock(factory, new Core.Compliance.ComplianceEngine(Packs.Shipped, TestClock.Create(Now)));
        return new EmailPreferencesHandler(factory, clock, new EmailPreferenceStore(factory));
    }
}
