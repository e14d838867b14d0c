using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Admin.People;

/// <summary>
/// People and their accounts for admins. Role and clinic changes state the value they replace and are refused when
/// it has moved on; account actions go through <see cref="AccountActions"/>.
/// </summary>
public sealed class PeopleAdmin(IDbContextFactory<CmaRenewalDbContext> factory, AccountActions accounts, TimeProvider time)
{
    public async Task<IReadOnlyList<PersonAccountRow>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var rows = await (from p in db.People.AsNoTracking()
                          join c in db.Clinics on p.ClinicId equals c.Id
                          join u in db.Users on (long?)p.Id equals u.PersonId into users
                          from u in users.DefaultIfEmpty()
                          orderby p.LastName, p.FirstName
                          select new { p, ClinicName = c.Name, User = u }).ToListAsync(ct);
        return [.. rows.Select(r => new PersonAccountRow(r.p.Id, r.p.FullName, r.p.Email, r.p.ClinicId, r.ClinicName, r.p.Role, r.p.IsActive,
            r.User is not null, r.User?.EmailConfirmed == true, r.User?.LockoutEnd is { } end && end > now))];
    }

    public async Task<AdminOutcome> ChangeRoleAsync(long personId, PersonRole expected, PersonRole role, CancellationToken ct)
    {
        var outcome = await EditAsync(personId, p => p.Role == expected, p => p.ChangeRole(role), ct);
        // The role claim is read at sign-in: a new stamp makes the revalidation sign the person out and back in fresh.
        return outcome.Ok ? await accounts.RenewStampAsync(personId, ct) : outcome;
    }

    public Task<AdminOutcome> UnlockAsync(long personId, CancellationToken ct) => accounts.UnlockAsync(personId, ct);

    public Task<AdminOutcome> MoveAsync(long personId, long expectedClinic, long clinicId, CancellationToken ct) =>
        EditAsync(personId, p => p.ClinicId == expectedClinic, p => p.MoveToClinic(clinicId), ct);

    private async Task<AdminOutcome> EditAsync(long personId, Func<Person, bool> unchanged, Action<Person> change, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return AdminOutcome.Fail("That person no longer exists.");
        if (!unchanged(person)) return AdminOutcome.Fail(AdminOutcome.ChangedMeanwhile);
        try
        {
            change(person);
            if (!await db.Clinics.AnyAsync(c => c.Id == person.ClinicId, ct)) return AdminOutcome.Fail("That clinic no longer exists.");
            await db.SaveChangesAsync(ct);
            return AdminOutcome.Done;
        }
        catch (ArgumentException ex)
        {
            return AdminOutcome.Fail(ex.Message);
        }
    }
}
