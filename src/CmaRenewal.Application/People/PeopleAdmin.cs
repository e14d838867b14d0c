using CmaRenewal.Application.Administration;
using CmaRenewal.Application.Common;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.People;

/// <summary>
/// People and their accounts, for admins only. Role and clinic changes state the value they replace and are a
/// conflict when it has moved on; account actions go through <see cref="AccountActions"/>. Each write answers the
/// person's id.
/// </summary>
public sealed class PeopleAdmin(IDbContextFactory<CmaRenewalDbContext> factory, AccountActions accounts, TimeProvider time)
{
    private static readonly AppText Text = new(typeof(PeopleAdmin));

    public static string Gone => Text["Gone"];
    public static string ClinicGone => Text["ClinicGone"];

    public async Task<UseCaseResult<IReadOnlyList<PersonAccountRow>>> ListAsync(AccessScope actor, CancellationToken ct)
    {
        if (AdminOnly.Refusal<IReadOnlyList<PersonAccountRow>>(actor) is { } refused) return refused;
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var rows = await (from p in db.People.AsNoTracking()
                          join c in db.Clinics on p.ClinicId equals c.Id
                          join u in db.Users on (long?)p.Id equals u.PersonId into users
                          from u in users.DefaultIfEmpty()
                          orderby p.LastName, p.FirstName
                          select new { p, ClinicName = c.Name, User = u }).ToListAsync(ct);
        return UseCaseResult<IReadOnlyList<PersonAccountRow>>.Done([.. rows.Select(r => new PersonAccountRow(r.p.Id, r.p.FullName, r.p.Email,
            r.p.ClinicId, r.ClinicName, r.p.Role, r.p.IsActive, r.User is not null, r.User?.EmailConfirmed == true,
            r.User?.LockoutEnd is { } end && end > now))]);
    }

    public async Task<UseCaseResult<long>> ChangeRoleAsync(AccessScope actor, long personId, PersonRole expected, PersonRole role, CancellationToken ct)
    {
        var outcome = await EditAsync(actor, personId, p => p.Role == expected, p => p.ChangeRole(role), "Role", ct);
        // The role claim is read at sign-in: a new stamp makes the revalidation sign the person out and back in fresh.
        return outcome.IsDone ? await accounts.RenewStampAsync(personId, ct) : outcome;
    }

    public async Task<UseCaseResult<long>> UnlockAsync(AccessScope actor, long personId, CancellationToken ct) =>
        AdminOnly.Refusal<long>(actor) ?? await accounts.UnlockAsync(personId, ct);

    public Task<UseCaseResult<long>> MoveAsync(AccessScope actor, long personId, long expectedClinic, long clinicId, CancellationToken ct) =>
        EditAsync(actor, personId, p => p.ClinicId == expectedClinic, p => p.MoveToClinic(clinicId), "ClinicId", ct);

    private async Task<UseCaseResult<long>> EditAsync(AccessScope actor, long personId, Func<Person, bool> unchanged, Action<Person> change,
        string field, CancellationToken ct)
    {
        if (AdminOnly.Refusal<long>(actor) is { } refused) return refused;
        await using var db = await factory.CreateDbContextAsync(ct);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return UseCaseResult<long>.NotFound(Gone);
        if (!unchanged(person)) return UseCaseResult<long>.Conflict(AdminOnly.ChangedMeanwhile);
        try
        {
            change(person);
        }
        catch (ArgumentException ex)
        {
            return UseCaseResult<long>.Invalid(field, GuardMessage.Of(ex));
        }
        if (!await db.Clinics.AnyAsync(c => c.Id == person.ClinicId, ct)) return UseCaseResult<long>.Invalid("ClinicId", ClinicGone);
        await db.SaveChangesAsync(ct);
        return UseCaseResult<long>.Done(personId);
    }
}
