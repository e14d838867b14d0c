using System.Text.Encodings.Web;
using CmaRenewal.Application.Access;
using CmaRenewal.Application.Common;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.Nudges;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.People;

/// <summary>
/// Invites staff: a person in the chosen clinic, an account without a password (email confirmed, since the link
/// proves it), and an email whose link leads to the password-reset page with a fresh token. Done with the new
/// person's id; an email in use is a conflict when the actor may know it, and otherwise invalid with one neutral answer.
/// </summary>
public sealed class StaffInvitations(IDbContextFactory<CmaRenewalDbContext> factory, UserManager<AppUser> users, IdentityMailSender mail)
{
    private static readonly AppText Text = new(typeof(StaffInvitations));

    public static string ChooseYourClinic => Text["ChooseYourClinic"];
    public static string AssistantsOnly => Text["AssistantsOnly"];

    public async Task<UseCaseResult<long>> InviteAsync(AccessScope actor, InviteRequest request, Uri resetPasswordPage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(resetPasswordPage);
        if (!actor.IsManager) return UseCaseResult<long>.Forbidden(StaffDirectory.ManagersOnly);
        if (!actor.CanSeeClinic(request.ClinicId)) return UseCaseResult<long>.Invalid("ClinicId", ChooseYourClinic);
        if (request.Role is not (PersonRole.Assistant or PersonRole.Manager) || request.Role == PersonRole.Manager && !actor.IsAdmin)
            return UseCaseResult<long>.Invalid("Role", AssistantsOnly);
        Person person;
        try { person = new Person(request.ClinicId, request.Email, request.FirstName.Trim(), request.LastName.Trim(), request.Role); }
        catch (ArgumentException ex) { return UseCaseResult<long>.Invalid(ex.ParamName is { Length: > 0 } p ? Field(p) : "Email", GuardMessage.Of(ex)); }

        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.People.AnyAsync(p => p.Email == person.Email, ct) || await users.FindByEmailAsync(person.Email) is not null)
            return await InUseAsync(db, actor, person.Email, ct);
        if (await db.Clinics.AsNoTracking().Where(c => c.Id == request.ClinicId).Select(c => c.Name).SingleOrDefaultAsync(ct) is not { } clinic)
            return UseCaseResult<long>.Invalid("ClinicId", ChooseYourClinic);

        // Not cancelled from here: an invite stores a person, then an account, then sends the email, and undoes the first
        // step when the second fails; stopping in between would leave half an invitation.
        var steady = CancellationToken.None;
        db.People.Add(person);
        try { await db.SaveChangesAsync(steady); }
        catch (DbUpdateException) { return await InUseAsync(db, actor, person.Email, steady); }  // a second invite in the same instant
        var invited = await SignInAndInviteAsync(person, clinic, resetPasswordPage);
        if (!invited.IsDone)
        {
            // The person and the account are stored by two contexts; undo the first so a failed invite leaves nothing.
            db.People.Remove(person);
            await db.SaveChangesAsync(steady);
        }
        return invited;
    }

    /// <summary>
    /// Invites someone already on staff who has no sign-in (imported, or added before accounts): the same account and
    /// email as a new invitation. Done with their id; the refusals are those the grid's Invite button shows.
    /// </summary>
    public async Task<UseCaseResult<long>> InviteExistingAsync(AccessScope actor, long personId, Uri resetPasswordPage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(resetPasswordPage);
        if (!actor.IsManager) return UseCaseResult<long>.Forbidden(StaffDirectory.ManagersOnly);
        await using var db = await factory.CreateDbContextAsync(ct);
        var found = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { Person = p, Clinic = c.Name }).SingleOrDefaultAsync(ct);
        if (found is null || !actor.CanSeePerson(found.Person.Id, found.Person.ClinicId)) return UseCaseResult<long>.NotFound(StaffDirectory.NotFound);
        var person = found.Person;
        var target = new PersonRef(person.Id, person.ClinicId, person.Role);
        if (PersonActions.Refusal(actor, target, person.IsActive, person.FullName) is { } refused)
            return actor.CanChange(target) ? UseCaseResult<long>.Invalid("Person", refused) : UseCaseResult<long>.Forbidden(refused);
        if (await db.Users.AnyAsync(u => u.PersonId == personId, ct) || await users.FindByEmailAsync(person.Email) is not null)
            return UseCaseResult<long>.Conflict(PersonActions.HasSignIn(person.FullName));
        // Not cancelled from here, as for a new invitation: the account and its email belong together.
        return await SignInAndInviteAsync(person, found.Clinic, resetPasswordPage);
    }

    // An account without a password (email confirmed, since the link proves it) and the email whose link chooses one.
    private async Task<UseCaseResult<long>> SignInAndInviteAsync(Person person, string clinic, Uri resetPasswordPage)
    {
        var user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return UseCaseResult<long>.Invalid("Email", string.Join(" ", created.Errors.Select(e => e.Description)));
        var link = await SetPasswordLink.ForAsync(users, user, resetPasswordPage);
        await mail.SendInvitationAsync(person.Email, clinic, HtmlEncoder.Default.Encode(link));
        return UseCaseResult<long>.Done(person.Id);
    }

    // The entity names its constructor's parameters; the form and the API name the same fields in PascalCase.
    private static string Field(string parameter) => char.ToUpperInvariant(parameter[0]) + parameter[1..];

    /// <summary>
    /// Why an email in use cannot be invited: a conflict, said plainly, for admins and for a manager who can see its
    /// owner; otherwise <see cref="AccessScope.EmailNotAvailable"/>, so that inviting never reveals who has an account elsewhere.
    /// </summary>
    private static async Task<UseCaseResult<long>> InUseAsync(CmaRenewalDbContext db, AccessScope actor, string email, CancellationToken ct)
    {
        var owner = await db.People.AsNoTracking().Where(p => p.Email == email).Select(p => new { p.Id, p.ClinicId }).SingleOrDefaultAsync(ct);
        return actor.IsAdmin || owner is not null && actor.CanSeePerson(owner.Id, owner.ClinicId)
            ? UseCaseResult<long>.Conflict(Text.Format("AlreadyHasAccount", email))
            : UseCaseResult<long>.Invalid("Email", PersonWrites.EmailNotAvailable);
    }
}
