using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Staff.People;

/// <summary>A person as the staff list shows them.</summary>
public sealed record StaffMember(long Id, string Name, string Email, long ClinicId, string ClinicName, PersonRole Role, bool IsActive);

/// <summary>
/// The people of the clinics a manager may see, and deactivating or reactivating them. Deactivation keeps every
/// record (history, audit) and ends open sessions by changing the account's security stamp.
/// </summary>
public sealed class StaffDirectory(IDbContextFactory<CmaRenewalDbContext> factory, UserManager<AppUser> users)
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(AccessScope access, CancellationToken ct)
    {
        if (!access.IsManager) return [];
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.People.AsNoTracking()
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { p, ClinicName = c.Name })
            .Where(x => access.IsAdmin || access.ManagedClinicIds.Contains(x.p.ClinicId))
            .OrderBy(x => x.p.LastName).ThenBy(x => x.p.FirstName)
            .Select(x => new StaffMember(x.p.Id, x.p.FirstName + " " + x.p.LastName, x.p.Email, x.p.ClinicId, x.ClinicName, x.p.Role, x.p.IsActive))
            .ToListAsync(ct);
        return rows;
    }

    /// <summary>Null when done; otherwise why not (someone you may not see is simply "not found").</summary>
    public async Task<string?> SetActiveAsync(AccessScope access, long personId, bool active, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null || !access.IsManager || !access.CanSeeClinic(person.ClinicId)) return "That person was not found.";
        if (person.Id == access.PersonId) return "You cannot deactivate yourself.";
        if (!access.CanChange(new PersonRef(person.Id, person.ClinicId, person.Role))) return AccessScope.CannotChange;
        if (person.IsActive == active) return null;

        if (active) person.Reactivate();
        else person.Deactivate();
        await db.SaveChangesAsync(ct);
        // A new stamp invalidates cookies at their next validation, so an open session of a deactivated person ends.
        if (!active && await users.Users.SingleOrDefaultAsync(u => u.PersonId == personId, ct) is { } user)
            await users.UpdateSecurityStampAsync(user);
        return null;
    }
}
