using CmaRenewal.Application;
using CmaRenewal.Application.Nudges;
using CmaRenewal.Application.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.UnitTests.Application.People;

/// <summary>
/// "Invite" on a grid row: someone already on staff without a sign-in gets an account and the invitation email, through
/// the same invitation use case; refusals are the words the button shows.
/// </summary>
public sealed class InviteExistingTests : PeopleServiceTests
{
    private static readonly Uri ResetPage = new("https://cma.example/Account/ResetPassword");

    [Fact]
    public async Task InvitingSomeoneOnStaff_GivesThemAnAccount_AndOneInvitation_AndTheButtonGoesAway()
    {
        var mo = await World.ActorAsync(World.Mo, Ct);

        await ExpectAsync(() => InviteAsync(mo, World.Ana), UseCaseOutcome.Done, null);

        await using var db = World.Database.CreateContext();
        Assert.True(await db.Users.AnyAsync(u => u.PersonId == World.Ana && u.EmailConfirmed, Ct));
        var email = await db.OutboxEmails.SingleAsync(e => e.ToAddress == "ana.lopez@example.org", Ct);
        Assert.Equal(OutboxPurpose.Account, email.Purpose);
        var state = (await World.PersonActions().ForAsync(mo, [World.Ana], Ct))[World.Ana];
        Assert.Equal((true, "Ana Lopez already has a sign-in."), (state.HasAccount, state.InviteRefusal));
    }

    [Fact]
    public async Task ASecondInvite_IsAConflict()
    {
        var mo = await World.ActorAsync(World.Mo, Ct);
        await InviteAsync(mo, World.Ana);

        await ExpectAsync(() => InviteAsync(mo, World.Ana), UseCaseOutcome.Conflict, PersonActions.HasSignIn("Ana Lopez"));
    }

    // Messages are read in the current language, so they are rows made when the theory runs, not attribute constants.
    public static TheoryData<string, UseCaseOutcome, string> Refusals => new()
    {
        { "Ben", UseCaseOutcome.Forbidden, StaffDirectory.ManagersOnly },
        { "Oz", UseCaseOutcome.NotFound, StaffDirectory.NotFound },
        { "Ada", UseCaseOutcome.Forbidden, AccessScope.CannotChange },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refusals_CreateNothing(string who, UseCaseOutcome outcome, string message)
    {
        // Ada (admin) is invited by Mo; the others try to invite Ana.
        var (actor, person) = who switch
        {
            "Ben" => (World.Ben, World.Ana),
            "Oz" => (World.Oz, World.Ana),
            _ => (World.Mo, World.Ada),
        };

        await ExpectAsync(async () => await InviteAsync(await World.ActorAsync(actor, Ct), person), outcome, message);
    }

    private async Task<UseCaseResult<long>> InviteAsync(AccessScope actor, long personId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StaffInvitations>().InviteExistingAsync(actor, personId, ResetPage, Ct);
    }

    protected override async Task<string> FingerprintAsync()
    {
        await using var db = World.Database.CreateContext();
        var users = await db.Users.OrderBy(u => u.PersonId).Select(u => u.PersonId + ":" + u.Email).ToListAsync(Ct);
        var emails = await db.OutboxEmails.OrderBy(e => e.Id).Select(e => e.ToAddress).ToListAsync(Ct);
        return string.Join("|", users.Concat(emails));
    }
}
