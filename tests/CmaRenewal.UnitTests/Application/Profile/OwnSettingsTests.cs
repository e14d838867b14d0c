using CmaRenewal.Application;
using CmaRenewal.Application.Profile;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.Profile;

/// <summary>
/// The actor's own settings (time zone, email choices): each typed result, and what a refusal leaves stored. Today is
/// the fake clock's 2 March 2026 in the clinic's Chicago.
/// </summary>
public sealed class OwnSettingsTests : IAsyncLifetime
{
    private HandlerWorld world = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await HandlerWorld.CreateAsync(Ct);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    private OptionsDbContextFactory Factory() => new(world.Database.Options());

    private ProfileHandler Profile() => new(Factory());

    private EmailPreferencesHandler Preferences()
    {
        var factory = Factory();
        var clock = new PersonClock(factory, new ComplianceEngine(new RuleCatalogHolder(Packs.Shipped), world.Database.Clock));
        return new EmailPreferencesHandler(factory, clock, new EmailPreferenceStore(factory));
    }

    [Theory]
    [InlineData("Europe/Berlin", UseCaseOutcome.Done, "Europe/Berlin")]
    [InlineData(null, UseCaseOutcome.Done, null)]
    [InlineData("Mars/Olympus_Mons", UseCaseOutcome.Invalid, null)]
    public async Task SetTimeZone_StoresOnlyAZoneFromTheList(string? zone, UseCaseOutcome outcome, string? stored)
    {
        var ana = await world.ActorAsync(world.Ana, Ct);

        var result = await Profile().SetTimeZoneAsync(ana, zone, Ct);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(outcome == UseCaseOutcome.Done ? null : ProfileHandler.UnknownZone, result.Message);
        Assert.Equal(new ZoneSetting(stored, "America/Chicago"), (await Profile().ZoneAsync(ana, Ct)).Value);
    }

    [Theory]
    [InlineData("2026-03-02", UseCaseOutcome.Done)]
    [InlineData("2027-03-02", UseCaseOutcome.Done)]
    [InlineData("2026-03-01", UseCaseOutcome.Invalid)]
    [InlineData("2027-03-03", UseCaseOutcome.Invalid)]
    public async Task Snooze_EndsBetweenTodayAndAYearFromNow(string until, UseCaseOutcome outcome)
    {
        var ana = await world.ActorAsync(world.Ana, Ct);
        var chosen = EmailPreferences.AllOn with { FeeRemindersOff = true, SnoozedUntil = DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture) };

        var result = await Preferences().SaveAsync(ana, chosen, Ct);

        Assert.Equal(outcome, result.Outcome);
        if (outcome == UseCaseOutcome.Invalid) Assert.Equal(EmailPreferencesHandler.SnoozeTooFar, result.Errors[nameof(EmailPreferences.SnoozedUntil)]);
        Assert.Equal(outcome == UseCaseOutcome.Done ? chosen : EmailPreferences.AllOn, (await Preferences().LoadAsync(ana, Ct)).Value);
    }

    [Fact]
    public async Task SomeoneWithoutAProfile_IsToldItWasNotFound_AndNothingIsWritten()
    {
        var nobody = AccessScope.Nobody;

        Assert.Equal(
            [(UseCaseOutcome.NotFound, ProfileHandler.NoProfile), (UseCaseOutcome.NotFound, ProfileHandler.NoProfile),
             (UseCaseOutcome.NotFound, ProfileHandler.NoProfile), (UseCaseOutcome.NotFound, ProfileHandler.NoProfile)],
            new[]
            {
                Outcome(await Profile().ZoneAsync(nobody, Ct)), Outcome(await Profile().SetTimeZoneAsync(nobody, "Europe/Berlin", Ct)),
                Outcome(await Preferences().LoadAsync(nobody, Ct)), Outcome(await Preferences().SaveAsync(nobody, EmailPreferences.AllOn, Ct)),
            });
        await using var db = world.Database.CreateContext();
        Assert.Empty(await db.People.Where(p => p.TimeZone != null).ToListAsync(Ct));
    }

    private static (UseCaseOutcome, string?) Outcome<T>(UseCaseResult<T> result) => (result.Outcome, result.Message);
}
