using CmaRenewal.Application.Profile;
using CmaRenewal.Application;
using CmaRenewal.Application.Emails;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.TestKit.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.Emails;

/// <summary>The links in an email: the token is the only authority; a bad one, or one made for another action, changes nothing.</summary>
public sealed class EmailLinkActionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Rig(HandlerWorld World, EmailLinkTokens Tokens, EmailPreferenceStore Store, PersonClock Clock, EmailLinkActions Actions)
    {
        public async Task<EmailPreferences> StoredAsync(long personId)
        {
            await using var db = World.Database.CreateContext();
            return await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.EmailPreferences).SingleAsync(Ct);
        }
    }

    private static async Task<Rig> RigAsync()
    {
        var world = await HandlerWorld.CreateAsync(Ct);
        var factory = new OptionsDbContextFactory(world.Database.Options());
        var tokens = new EmailLinkTokens(new EphemeralDataProtectionProvider(), world.Database.Clock);
        var store = new EmailPreferenceStore(factory);
        var clock = new PersonClock(factory, new ComplianceEngine(new RuleCatalogHolder(Packs.Shipped), world.Database.Clock));
        return new Rig(world, tokens, store, clock, new EmailLinkActions(tokens, store, clock));
    }

    [Fact]
    public async Task Unsubscribe_TurnsOffTheTopicsInTheToken_Only()
    {
        var rig = await RigAsync();
        await using var _ = rig.World;

        var done = await rig.Actions.UnsubscribeAsync(rig.Tokens.ForUnsubscribe(rig.World.Ana, [ReminderTopic.Fees]), Ct);

        Assert.Equal(UseCaseOutcome.Done, done.Outcome);
        Assert.Equal([ReminderTopic.Fees], done.Value!.Topics);
        Assert.Equal(EmailPreferences.AllOn with { FeeRemindersOff = true }, await rig.StoredAsync(rig.World.Ana));
    }

    [Fact]
    public async Task ABadToken_OrOneForAnotherAction_OrAPersonGone_ChangesNothing()
    {
        var rig = await RigAsync();
        await using var _ = rig.World;
        var ana = rig.World.Ana;

        UseCaseOutcome[] outcomes =
        [
            (await rig.Actions.UnsubscribeAsync(rig.Tokens.ForSnooze(ana), Ct)).Outcome,
            (await rig.Actions.UnsubscribeAsync("not-a-token", Ct)).Outcome,
            (await rig.Actions.UnsubscribeAsync(null, Ct)).Outcome,
            (await rig.Actions.UnsubscribeAsync(rig.Tokens.ForUnsubscribe(ana + 1000, [ReminderTopic.Ce]), Ct)).Outcome,
            (await rig.Actions.SnoozeAsync(rig.Tokens.ForUnsubscribe(ana, [ReminderTopic.Ce]), Ct)).Outcome,
        ];

        Assert.All(outcomes, o => Assert.Equal(UseCaseOutcome.NotFound, o));
        Assert.Equal(EmailPreferences.AllOn, await rig.StoredAsync(ana));
        Assert.False(rig.Actions.CanSnooze("not-a-token"));
        Assert.Null(rig.Actions.ReadUnsubscribe(rig.Tokens.ForSnooze(ana)));
    }

    [Fact]
    public async Task Snooze_PausesAWeekFromTheirToday_ButKeepsALongerSnooze()
    {
        var rig = await RigAsync();
        await using var _ = rig.World;
        var ana = rig.World.Ana;
        var today = await rig.Clock.TodayForAsync(ana, Ct);

        var week = await rig.Actions.SnoozeAsync(rig.Tokens.ForSnooze(ana), Ct);
        await rig.Store.ChangeAsync(ana, p => p with { SnoozedUntil = today.AddDays(30) }, Ct);
        var again = await rig.Actions.SnoozeAsync(rig.Tokens.ForSnooze(ana), Ct);

        Assert.Equal(today.AddDays(EmailLinkActions.SnoozeDays), week.Value);
        Assert.Equal(today.AddDays(30), again.Value);
        Assert.Equal(today.AddDays(30), (await rig.StoredAsync(ana)).SnoozedUntil);
    }
}
