using CmaRenewal.Application;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Application.Profile;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.MyCredentials;

/// <summary>"Today" on a person's page is today where they are: their own zone, else their clinic's; never the server's.</summary>
public sealed class PersonZoneTests : IAsyncLifetime
{
    // 02:30 UTC on 2 March is still 1 March in Chicago and already 2 March in Berlin.
    private static readonly DateTimeOffset Instant = new(2026, 3, 2, 2, 30, 0, TimeSpan.Zero);
    private SqliteTestDatabase database = null!;
    private long ana;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(Ct);
        var clinic = (await database.SaveAsync(A.Clinic(timeZone: "America/Chicago"), Ct)).Id;
        ana = (await database.SaveAsync(A.Person(clinic), Ct)).Id;
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task WithoutAZoneOfTheirOwn_TodayIsTheClinics()
    {
        var view = await OpenAsync();

        Assert.Equal(("America/Chicago", new DateOnly(2026, 3, 1)), (view.TimeZone, view.Today));
    }

    [Fact]
    public async Task ChosenZone_IsSaved_AndMovesToday()
    {
        Assert.Equal(UseCaseOutcome.Done, (await Profile().SetTimeZoneAsync(Self, "Europe/Berlin", Ct)).Outcome);

        var view = await OpenAsync();
        Assert.Equal(("Europe/Berlin", new DateOnly(2026, 3, 2)), (view.TimeZone, view.Today));
    }

    [Fact]
    public async Task UnknownZone_IsRefused_AndNothingChanges()
    {
        Assert.Equal("Choose a time zone from the list.", (await Profile().SetTimeZoneAsync(Self, "Mars/Olympus_Mons", Ct)).Errors["TimeZone"]);

        await using var db = database.CreateContext();
        Assert.Null(await db.People.Where(p => p.Id == ana).Select(p => p.TimeZone).SingleAsync(Ct));
    }

    [Fact]
    public async Task ZoneThisHostLacks_FallsBackToUtc_OnThePageAndForPersonClock_WithoutThrowing()
    {
        // Saved zones are validated, but a database moved from a host with a newer tz database can hold one this host lacks.
        await using (var db = database.CreateContext())
            await db.People.Where(p => p.Id == ana).ExecuteUpdateAsync(s => s.SetProperty(p => p.TimeZone, "Mars/Olympus_Mons"), Ct);

        var view = await OpenAsync();
        var clock = new PersonClock(new OptionsDbContextFactory(database.Options()), Engine());

        Assert.Equal(("UTC", new DateOnly(2026, 3, 2)), (view.TimeZone, view.Today));
        Assert.Equal(new DateOnly(2026, 3, 2), await clock.TodayForAsync(ana, Ct));
    }

    private static ComplianceEngine Engine() => new(Packs.Shipped, TestClock.Create(Instant));

    private async Task<PersonView> OpenAsync()
    {
        var query = new PersonDetailQuery(new OptionsDbContextFactory(database.Options()), Engine(), Packs.Shipped);
        return (await query.OpenAsync(Self, new PersonDetailRequest(ana), Ct)).Value!;
    }

    private AccessScope Self => new(ana, PersonRole.Assistant, new HashSet<long>());

    private ProfileHandler Profile() => new(new OptionsDbContextFactory(database.Options()));
}
