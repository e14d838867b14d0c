using CmaRenewal.Application;
using CmaRenewal.Application.Administration;
using CmaRenewal.Application.People;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.UnitTests.Application.People;

/// <summary>
/// Each typed result of the people handlers (admin changes, staff deactivation, invitations) for who asks: admins
/// change anyone, managers their own clinic's staff but never an admin, assistants nobody else; an email in use is a
/// conflict for whoever may know its owner and one neutral refusal for anyone else. A refused call changes nothing.
/// </summary>
public sealed class PeopleHandlerTests : PeopleServiceTests
{

    private delegate Task<UseCaseResult<long>> Call(HandlerWorld w, IServiceProvider s, CancellationToken ct);

    private static Task<AccessScope> As(HandlerWorld w, long personId, CancellationToken ct) => w.ActorAsync(personId, ct);

    private static async Task<long> ClinicOfAsync(HandlerWorld w, long personId, CancellationToken ct)
    {
        await using var db = w.Database.CreateContext();
        return await db.People.Where(p => p.Id == personId).Select(p => p.ClinicId).SingleAsync(ct);
    }

    private static InviteRequest Invite(long clinicId, string email = "new.hire@example.org", PersonRole role = PersonRole.Assistant) =>
        new() { Email = email, FirstName = "Nia", LastName = "Hire", ClinicId = clinicId, Role = role };

    private static readonly Uri ResetPage = new("https://cma.example/Account/ResetPassword");

    private static Task<UseCaseResult<long>> InviteAsync(IServiceProvider s, AccessScope actor, InviteRequest request, CancellationToken ct) =>
        s.GetRequiredService<StaffInvitations>().InviteAsync(actor, request, ResetPage, ct);

    private static Task<UseCaseResult<long>> SetActiveAsync(IServiceProvider s, AccessScope actor, long personId, CancellationToken ct) =>
        s.GetRequiredService<StaffDirectory>().SetActiveAsync(actor, personId, active: false, ct);

    private static readonly Dictionary<string, Call> Calls = new()
    {
        ["Ada the admin moves Ana to the other clinic"] = async (w, s, ct) =>
            await s.GetRequiredService<PeopleAdmin>().MoveAsync(await As(w, w.Ada, ct), w.Ana, await ClinicOfAsync(w, w.Ana, ct), await ClinicOfAsync(w, w.Oz, ct), ct),
        ["Ada the admin makes Ben a manager"] = async (w, s, ct) =>
            await s.GetRequiredService<PeopleAdmin>().ChangeRoleAsync(await As(w, w.Ada, ct), w.Ben, PersonRole.Assistant, PersonRole.Manager, ct),
        ["Mo the manager makes Ben a manager"] = async (w, s, ct) =>
            await s.GetRequiredService<PeopleAdmin>().ChangeRoleAsync(await As(w, w.Mo, ct), w.Ben, PersonRole.Assistant, PersonRole.Manager, ct),
        ["Ana moves herself to the other clinic"] = async (w, s, ct) =>
            await s.GetRequiredService<PeopleAdmin>().MoveAsync(await As(w, w.Ana, ct), w.Ana, await ClinicOfAsync(w, w.Ana, ct), await ClinicOfAsync(w, w.Oz, ct), ct),
        ["Ada changes the role of someone who does not exist"] = async (w, s, ct) =>
            await s.GetRequiredService<PeopleAdmin>().ChangeRoleAsync(await As(w, w.Ada, ct), 999_999, PersonRole.Assistant, PersonRole.Manager, ct),
        ["Ada changes Ben's role from a role he no longer has"] = async (w, s, ct) =>
            await s.GetRequiredService<PeopleAdmin>().ChangeRoleAsync(await As(w, w.Ada, ct), w.Ben, PersonRole.Manager, PersonRole.Admin, ct),
        ["Ada moves Ana to a clinic that does not exist"] = async (w, s, ct) =>
            await s.GetRequiredService<PeopleAdmin>().MoveAsync(await As(w, w.Ada, ct), w.Ana, await ClinicOfAsync(w, w.Ana, ct), 999_999, ct),
        ["Ada unlocks Ana, who has no account"] = async (w, s, ct) => await s.GetRequiredService<PeopleAdmin>().UnlockAsync(await As(w, w.Ada, ct), w.Ana, ct),
        ["Mo deactivates Ben"] = async (w, s, ct) => await SetActiveAsync(s, await As(w, w.Mo, ct), w.Ben, ct),
        ["Mo deactivates Ada the admin of his clinic"] = async (w, s, ct) => await SetActiveAsync(s, await As(w, w.Mo, ct), w.Ada, ct),
        ["Oz of another clinic deactivates Ben"] = async (w, s, ct) => await SetActiveAsync(s, await As(w, w.Oz, ct), w.Ben, ct),
        ["Ana deactivates Ben"] = async (w, s, ct) => await SetActiveAsync(s, await As(w, w.Ana, ct), w.Ben, ct),
        ["Mo deactivates himself"] = async (w, s, ct) => await SetActiveAsync(s, await As(w, w.Mo, ct), w.Mo, ct),
        ["Mo invites a new assistant"] = async (w, s, ct) => await InviteAsync(s, await As(w, w.Mo, ct), Invite(await ClinicOfAsync(w, w.Mo, ct)), ct),
        ["Ana invites someone"] = async (w, s, ct) => await InviteAsync(s, await As(w, w.Ana, ct), Invite(await ClinicOfAsync(w, w.Ana, ct)), ct),
        ["Oz invites someone into Mo's clinic"] = async (w, s, ct) => await InviteAsync(s, await As(w, w.Oz, ct), Invite(await ClinicOfAsync(w, w.Mo, ct)), ct),
        ["Mo invites a manager"] = async (w, s, ct) =>
            await InviteAsync(s, await As(w, w.Mo, ct), Invite(await ClinicOfAsync(w, w.Mo, ct), role: PersonRole.Manager), ct),
        ["Mo invites Ben's email again"] = async (w, s, ct) =>
            await InviteAsync(s, await As(w, w.Mo, ct), Invite(await ClinicOfAsync(w, w.Mo, ct), "ben@example.org"), ct),
        ["Ada the admin invites Oz's email"] = async (w, s, ct) =>
            await InviteAsync(s, await As(w, w.Ada, ct), Invite(await ClinicOfAsync(w, w.Ada, ct), "oz@example.org"), ct),
        ["Oz invites Ben's email into his own clinic"] = async (w, s, ct) =>
            await InviteAsync(s, await As(w, w.Oz, ct), Invite(await ClinicOfAsync(w, w.Oz, ct), "ben@example.org"), ct),
    };

    /// <summary>Case → outcome, and the message (or, for invalid, the field) it names.</summary>
    public static TheoryData<string, UseCaseOutcome, string?> Cases => new()
    {
        { "Ada the admin moves Ana to the other clinic", UseCaseOutcome.Done, null },
        { "Ada the admin makes Ben a manager", UseCaseOutcome.Done, null },
        { "Mo the manager makes Ben a manager", UseCaseOutcome.Forbidden, AdminOnly.Refused },
        { "Ana moves herself to the other clinic", UseCaseOutcome.Forbidden, AdminOnly.Refused },
        { "Ada changes the role of someone who does not exist", UseCaseOutcome.NotFound, PeopleAdmin.Gone },
        { "Ada changes Ben's role from a role he no longer has", UseCaseOutcome.Conflict, AdminOnly.ChangedMeanwhile },
        { "Ada moves Ana to a clinic that does not exist", UseCaseOutcome.Invalid, "ClinicId" },
        { "Ada unlocks Ana, who has no account", UseCaseOutcome.NotFound, AccountActions.NoAccount },
        { "Mo deactivates Ben", UseCaseOutcome.Done, null },
        { "Mo deactivates Ada the admin of his clinic", UseCaseOutcome.Forbidden, AccessScope.CannotChange },
        { "Oz of another clinic deactivates Ben", UseCaseOutcome.NotFound, StaffDirectory.NotFound },
        { "Ana deactivates Ben", UseCaseOutcome.Forbidden, StaffDirectory.ManagersOnly },
        { "Mo deactivates himself", UseCaseOutcome.Invalid, "Active" },
        { "Mo invites a new assistant", UseCaseOutcome.Done, null },
        { "Ana invites someone", UseCaseOutcome.Forbidden, StaffDirectory.ManagersOnly },
        { "Oz invites someone into Mo's clinic", UseCaseOutcome.Invalid, "ClinicId" },
        { "Mo invites a manager", UseCaseOutcome.Invalid, "Role" },
        { "Mo invites Ben's email again", UseCaseOutcome.Conflict, "ben@example.org already has an account; nothing was created." },
        { "Ada the admin invites Oz's email", UseCaseOutcome.Conflict, "oz@example.org already has an account; nothing was created." },
        { "Oz invites Ben's email into his own clinic", UseCaseOutcome.Invalid, "Email" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task EachCall_EndsWithItsTypedResult(string call, UseCaseOutcome outcome, string? messageOrField) =>
        ExpectAsync(() => RunAsync(call), outcome, messageOrField);

    private async Task<UseCaseResult<long>> RunAsync(string call)
    {
        await using var scope = Services.CreateAsyncScope();
        return await Calls[call](World, scope.ServiceProvider, Ct);
    }

    [Fact]
    public async Task AnEmailInUseOutsideTheManagersClinics_GetsTheNeutralAnswer_NeverSayingItHasAnAccount()
    {
        var result = await RunAsync("Oz invites Ben's email into his own clinic");

        Assert.Equal(AccessScope.EmailNotAvailable, result.Message);
    }

    [Fact]
    public async Task AnInvitation_CreatesAConfirmedAccountForThePerson_AndOneAccountEmail()
    {
        var result = await RunAsync("Mo invites a new assistant");

        await using var db = World.Database.CreateContext();
        Assert.True(await db.Users.AnyAsync(u => u.PersonId == result.Value && u.Email == "new.hire@example.org" && u.EmailConfirmed, Ct));
        Assert.Equal(OutboxPurpose.Account, (await db.OutboxEmails.SingleAsync(e => e.ToAddress == "new.hire@example.org", Ct)).Purpose);
    }

    [Fact]
    public async Task PeopleAreListedAndFound_OnlyWhereTheActorMaySeeThem()
    {
        var people = new PeopleQuery(new TestKit.Persistence.OptionsDbContextFactory(World.Database.Options()));

        var anaSees = await people.PageAsync(await World.ActorAsync(World.Ana, Ct), null, 0, 50, Ct);
        var moSees = await people.PageAsync(await World.ActorAsync(World.Mo, Ct), null, 0, 50, Ct);
        var ozFindsAna = await people.GetAsync(await World.ActorAsync(World.Oz, Ct), World.Ana, Ct);

        Assert.Equal([World.Ana], anaSees.Items.Select(p => p.Id));
        Assert.Equal(1, anaSees.Total);
        Assert.Equal([World.Ana, World.Ben, World.Mo, World.Ada], moSees.Items.Select(p => p.Id).Order());
        Assert.Equal((UseCaseOutcome.NotFound, PeopleQuery.NotFound), (ozFindsAna.Outcome, ozFindsAna.Message));
        Assert.Equal(World.Ana, (await people.GetAsync(await World.ActorAsync(World.Ada, Ct), World.Ana, Ct)).Value!.Id);
    }

    // Every person's clinic, role, activity and email, and every account.
    protected override async Task<string> FingerprintAsync()
    {
        await using var db = World.Database.CreateContext();
        var people = await db.People.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => p.Id + ":" + p.ClinicId + ":" + p.Role + ":" + p.IsActive + ":" + p.Email).ToListAsync(Ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => u.Id + ":" + u.PersonId).ToListAsync(Ct);
        return string.Join("|", people) + "#" + string.Join("|", users);
    }
}
