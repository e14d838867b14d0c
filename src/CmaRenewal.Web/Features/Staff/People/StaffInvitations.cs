using System.Text;
using System.Text.Encodings.Web;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Staff.People;

/// <summary>The outcome of an invitation: the new person's id, or why nothing was created.</summary>
public sealed record InviteResult(long? PersonId, string? Error);

/// <summary>
/// Invites staff: a person in the chosen clinic, an account without a password (email confirmed, since the link
/// proves it), and an email whose link leads to the password-reset page with a fresh token.
/// </summary>
public sealed class StaffInvitations(IDbContextFactory<CmaRenewalDbContext> factory, UserManager<AppUser> users, IdentityMailSender mail)
{
    public async Task<InviteResult> InviteAsync(AccessScope access, InviteRequest request, Uri resetPasswordPage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.IsManager || !access.CanSeeClinic(request.ClinicId)) return new(null, "Choose one of your clinics.");
        if (request.Role is not (PersonRole.Assistant or PersonRole.Manager) || request.Role == PersonRole.Manager && !access.IsAdmin)
            return new(null, "You can invite assistants only.");
        Person person;
        try { person = new Person(request.ClinicId, request.Email, request.FirstName.Trim(), request.LastName.Trim(), request.Role); }
        catch (ArgumentException ex) { return new(null, ex.Message); }

        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.People.AnyAsync(p => p.Email == person.Email, ct) || await users.FindByEmailAsync(person.Email) is not null)
            return new(null, await InUseAsync(db, access, person.Email, ct));
        if (await db.Clinics.AsNoTracking().Where(c => c.Id == request.ClinicId).Select(c => c.Name).SingleOrDefaultAsync(ct) is not { } clinic)
            return new(null, "Choose one of your clinics.");

        db.People.Add(person);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { return new(null, await InUseAsync(db, access, person.Email, ct)); }  // a second invite in the same instant
        var user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // The person and the account are stored by two contexts; undo the first so a failed invite leaves nothing.
            db.People.Remove(person);
            await db.SaveChangesAsync(ct);
            return new(null, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = QueryHelpers.AddQueryString(resetPasswordPage.AbsoluteUri, "code", token);
        await mail.SendInvitationAsync(person.Email, clinic, HtmlEncoder.Default.Encode(link));
        return new(person.Id, null);
    }

    /// <summary>
    /// Why an email in use cannot be invited: said plainly to admins and to a manager who can see its owner, and with
    /// <see cref="AccessScope.EmailNotAvailable"/> otherwise, so that inviting never reveals who has an account elsewhere.
    /// </summary>
    private static async Task<string> InUseAsync(CmaRenewalDbContext db, AccessScope access, string email, CancellationToken ct)
    {
        var owner = await db.People.AsNoTracking().Where(p => p.Email == email).Select(p => new { p.Id, p.ClinicId }).SingleOrDefaultAsync(ct);
        return access.IsAdmin || owner is not null && access.CanSeePerson(owner.Id, owner.ClinicId)
            ? $"{email} already has an account; nothing was created."
            : AccessScope.EmailNotAvailable;
    }
}
