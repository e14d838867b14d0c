using CmaRenewal.Application;
using CmaRenewal.Application.Access;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.Nudges;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.Nudges;

/// <summary>
/// A manager's nudge: one email now listing what the person needs, at most one a day per person, refused with the
/// same words the buttons show.
/// </summary>
public sealed class NudgeHandlerTests : IAsyncLifetime
{
    private HandlerWorld world = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await HandlerWorld.CreateAsync(Ct);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    [Fact]
    public async Task Nudge_SendsOneEmailNow_ListingEachCredentialAndWhatItNeeds()
    {
        var result = await world.Nudges().NudgeAsync(await world.ActorAsync(world.Mo, Ct), world.Ana, Ct);

        Assert.Equal((UseCaseOutcome.Done, world.Ana), (result.Outcome, result.Value));
        var email = Assert.Single(await NudgesAsync());
        Assert.Equal(("ana.lopez@example.org", OutboxStatus.Sent), (email.ToAddress, email.Status));
        Assert.Equal(PersonActions.NudgeKey(world.Ana, world.Today), email.DigestKey);
        Assert.StartsWith("Hello Ana,\n\nMo Lopez asked you to", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Open my credentials: https://renewals.test/me\n", email.TextBody, StringComparison.Ordinal);
        Assert.Single(world.SentMail());
    }

    [Fact]
    public async Task ASpanishSpeaker_GetsTheNudgeInSpanish_ThoughTheManagerReadsEnglish()
    {
        await SpeaksAsync(world.Ana, "es");

        using (AppCulture.Use("en")) await world.Nudges().NudgeAsync(await world.ActorAsync(world.Mo, Ct), world.Ana, Ct);

        var email = Assert.Single(await NudgesAsync());
        Assert.StartsWith("Hola, Ana:\n\nMo Lopez le pidió que revise", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Abrir mis credenciales: https://renewals.test/me\n", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Abrir mis credenciales", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishSpeaker_GetsTheNudgeInEnglish_ThoughTheManagerReadsSpanish()
    {
        await SpeaksAsync(world.Mo, "es");

        using (AppCulture.Use("es")) await world.Nudges().NudgeAsync(await world.ActorAsync(world.Mo, Ct), world.Ana, Ct);

        var email = Assert.Single(await NudgesAsync());
        Assert.StartsWith("Hello Ana,\n\nMo Lopez asked you to", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondNudgeTheSameDay_IsRefused_ButTheNextDayIsFine()
    {
        var handler = world.Nudges();
        var mo = await world.ActorAsync(world.Mo, Ct);
        await handler.NudgeAsync(mo, world.Ana, Ct);

        var again = await handler.NudgeAsync(await world.ActorAsync(world.Ada, Ct), world.Ana, Ct);
        var state = (await world.PersonActions().ForAsync(mo, [world.Ana], Ct))[world.Ana];
        world.Database.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await handler.NudgeAsync(mo, world.Ana, Ct);

        Assert.Equal((UseCaseOutcome.Conflict, "Ana Lopez was already nudged today; one nudge a day, so try again tomorrow."), (again.Outcome, again.Message));
        Assert.Equal((true, PersonActions.NudgedTodayText), (state.NudgedToday, state.NudgeRefusal));
        Assert.True(tomorrow.IsDone);
        Assert.Equal(2, (await NudgesAsync()).Count);
    }

    public static TheoryData<string, string, UseCaseOutcome, string> Refusals => new()
    {
        { "Ben", "Ana", UseCaseOutcome.Forbidden, PersonActions.ManagersOnly },
        { "Mo", "Mo", UseCaseOutcome.Invalid, PersonActions.NotYourself },
        { "Oz", "Ana", UseCaseOutcome.NotFound, PersonWrites.Gone },
        { "Mo", "Ada", UseCaseOutcome.Forbidden, AccessScope.CannotChange },
        { "Mo", "Ben (deactivated)", UseCaseOutcome.Invalid, "Ben Lopez is deactivated; reactivate them first." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ARefusedNudge_SendsNothing_AndTheButtonShowsTheSameReason(string who, string whom, UseCaseOutcome outcome, string message)
    {
        if (whom.EndsWith("(deactivated)", StringComparison.Ordinal)) await DeactivateBenAsync();
        var actor = await world.ActorAsync(Id(who), Ct);

        var result = await world.Nudges().NudgeAsync(actor, Id(whom), Ct);
        var button = (await world.PersonActions().ForAsync(actor, [Id(whom)], Ct)).GetValueOrDefault(Id(whom));

        Assert.Equal((outcome, message), (result.Outcome, result.Message));
        // Assistants get no buttons, and nobody gets them for a person they cannot see.
        Assert.Equal(actor.IsManager && outcome != UseCaseOutcome.NotFound ? message : null, button?.NudgeRefusal);
        Assert.Empty(await NudgesAsync());
    }

    [Fact]
    public async Task PeopleWithoutASignIn_CanBeInvited_FromTheirButtons()
    {
        var state = (await world.PersonActions().ForAsync(await world.ActorAsync(world.Mo, Ct), [world.Ana, world.Ada], Ct));

        Assert.Equal((false, null), (state[world.Ana].HasAccount, state[world.Ana].InviteRefusal));
        Assert.Equal(AccessScope.CannotChange, state[world.Ada].InviteRefusal);
    }

    private long Id(string name) => name.Split(' ')[0] switch
    {
        "Ana" => world.Ana,
        "Ben" => world.Ben,
        "Mo" => world.Mo,
        "Ada" => world.Ada,
        _ => world.Oz,
    };

    private async Task DeactivateBenAsync()
    {
        await using var db = world.Database.CreateContext();
        (await db.People.SingleAsync(p => p.Id == world.Ben, Ct)).Deactivate();
        await db.SaveChangesAsync(Ct);
    }

    private async Task SpeaksAsync(long personId, string language)
    {
        await using var db = world.Database.CreateContext();
        (await db.People.SingleAsync(p => p.Id == personId, Ct)).UseLanguage(language);
        await db.SaveChangesAsync(Ct);
    }

    private async Task<List<OutboxEmail>> NudgesAsync()
    {
        await using var db = world.Database.CreateContext();
        return await db.OutboxEmails.AsNoTracking().Where(e => e.Purpose == OutboxPurpose.Notice).ToListAsync(Ct);
    }
}
