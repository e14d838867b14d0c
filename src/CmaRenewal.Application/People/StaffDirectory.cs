using CmaRenewal.Application.Access;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.People;

/// <summary>A person as the staff list shows them.</summary>
public sealed record StaffMember(long Id, string Name, string Email, long ClinicId, string ClinicName, PersonRole Role, bool IsActive);

/// <summary>
/// The people of the clinics a manager may see, and deactivating or reactivating them. Deactivation keeps every
/// record (history, audit) and ends open sessions by changing the account's security stamp.
/// </summary>
public sealed class StaffDirectory(IDbContextFactory<CmaRenewalDbContext> factory, UserManager<AppUser> users)
{
    private static readonly AppText Text = new(typeof(StaffDirectory));

    public static string ManagersOnly => Text["ManagersOnly"];
    public static string NotFound => Text["NotFound"];
    public static string NotYourself => Text["NotYourself"];

    public async Task<UseCaseResult<IReadOnlyList<StaffMember>>> ListAsync(AccessScope actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsManager) return UseCaseResult<IReadOnlyList<StaffMember>>.Forbidden(ManagersOnly);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.People.AsNoTracking()
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { p, ClinicName = c.Name })
            .Where(x => actor.IsAdmin || actor.ManagedClinicIds.Contains(x.p.ClinicId))
            .OrderBy(x => x.p.LastName).ThenBy(x => x.p.FirstName)
            .Select(x => new StaffMember(x.p.Id, x.p.FirstName + " " + x.p.LastName, x.p.Email, x.p.ClinicId, x.ClinicName, x.p.Role, x.p.IsActive))
            .ToListAsync(ct);
        return UseCaseResult<IReadOnlyList<StaffMember>>.Done(rows);
    }

    /// <summary>Done with the person's id; someone the actor may not see is simply "not found".</summary>
    public async Task<UseCaseResult<long>> SetActiveAsync(AccessScope actor, long personId, bool active, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsManager) return UseCaseResult<long>.Forbidden(ManagersOnly);
        await using var db = await factory.CreateDbContextAsync(ct);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null || !actor.CanSeeClinic(person.ClinicId)) return UseCaseResult<long>.NotFound(NotFound);
        if (person.Id == actor.PersonId) return UseCaseResult<long>.Invalid("Active", NotYourself);
        if (!actor.CanChange(new PersonRef(person.Id, person.ClinicId, person.Role))) return UseCaseResult<long>.Forbidden(PersonWrites.CannotChange);
        if (person.IsActive == active) return UseCaseResult<long>.Done(personId);

        if (active) person.Reactivate();
        else person.Deactivate();
        // Not cancelled from here: stopping between saving and the new stamp would leave a deactivated person signed in.
        var steady = CancellationToken.None;
        await db.SaveChangesAsync(steady);
        // A new stamp invalidates cookies at their next validation, so an open session of a deactivated person ends.
        if (!active && await users.Users.SingleOrDefaultAsync(u => u.PersonId == personId, steady) is { } user)
            await users.UpdateSecurityStampAsync(user);
        return UseCaseResult<long>.Done(personId);
    }
}
