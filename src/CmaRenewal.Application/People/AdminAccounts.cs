using CmaRenewal.Application.Common;
using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.People;

/// <summary>
/// The admin to create. <see cref="TimeZone"/> is the new clinic's IANA zone (null: <see cref="AdminAccounts.NewClinicZone"/>);
/// for a clinic that exists, the admin's own zone when it differs from the clinic's.
/// </summary>
public sealed record CreateAdminRequest(string Email, string FirstName, string LastName, string ClinicName, string? TimeZone);

/// <summary>
/// Creates an admin with an account but no password, and returns the one-time link that chooses it: how the first
/// admin of an empty production database (which has no self-registration) gets in. The clinic is created when none
/// has the name. Refusals (an email in use, invalid names, an unknown zone) write nothing.
/// </summary>
public sealed class AdminAccounts(IDbContextFactory<CmaRenewalDbContext> factory, UserManager<AppUser> users)
{
    /// <summary>The zone of a clinic created without <c>--time-zone</c>.</summary>
    public const string NewClinicZone = "America/New_York";

    public async Task<UseCaseResult<string>> CreateAsync(AccessScope actor, CreateAdminRequest request, Uri resetPasswordPage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(resetPasswordPage);
        if (!actor.IsAdmin) return UseCaseResult<string>.Forbidden("Only admins can create admins.");
        await using var db = await factory.CreateDbContextAsync(ct);
        var clinic = await db.Clinics.SingleOrDefaultAsync(c => c.Name == request.ClinicName.Trim(), ct);
        var newClinic = clinic is null;
        Person person;
        try
        {
            // Built before anything is stored, so that every invalid value is refused with nothing written. A new
            // clinic has no id yet: the person is checked against a placeholder and stored with the real one below.
            clinic ??= new Clinic(request.ClinicName.Trim(), request.TimeZone ?? NewClinicZone);
            var ownZone = newClinic || request.TimeZone == clinic.TimeZone ? null : request.TimeZone;
            person = new Person(newClinic ? 1 : clinic.Id, request.Email, request.FirstName.Trim(), request.LastName.Trim(), PersonRole.Admin, ownZone);
        }
        catch (ArgumentException ex) { return UseCaseResult<string>.Invalid(Field(ex.ParamName), GuardMessage.Of(ex)); }
        if (await db.People.AnyAsync(p => p.Email == person.Email, ct) || await users.FindByEmailAsync(person.Email) is not null)
            return UseCaseResult<string>.Conflict($"{person.Email} already belongs to someone; nothing was created.");

        // Not cancelled from here: the clinic, the person and the account belong together (see StaffInvitations).
        var steady = CancellationToken.None;
        await using (var transaction = await db.Database.BeginTransactionAsync(steady))
        {
            if (newClinic)
            {
                db.Clinics.Add(clinic);
                await db.SaveChangesAsync(steady);
            }
            person = new Person(clinic.Id, person.Email, person.FirstName, person.LastName, PersonRole.Admin, person.TimeZone);
            db.People.Add(person);
            await db.SaveChangesAsync(steady);
            await transaction.CommitAsync(steady);
        }
        // The account is stored by Identity's own context; when it is refused, the person (and a new clinic) are undone.
        var user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, PersonId = person.Id };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            db.People.Remove(person);
            if (newClinic) db.Clinics.Remove(clinic);
            await db.SaveChangesAsync(steady);
            return UseCaseResult<string>.Invalid("Email", string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        return UseCaseResult<string>.Done(await SetPasswordLink.ForAsync(users, user, resetPasswordPage));
    }

    // The entities name their constructors' parameters; the request names the same fields in PascalCase.
    private static string Field(string? parameter) => parameter switch
    {
        "name" => nameof(CreateAdminRequest.ClinicName),
        { Length: > 0 } p => char.ToUpperInvariant(p[0]) + p[1..],
        _ => nameof(CreateAdminRequest.Email),
    };
}
