using CmaRenewal.Application.Administration;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Clinics;

/// <summary>
/// Links and unlinks managers and clinics, for admins only: the <see cref="ClinicManager"/> rows a manager's access
/// comes from. Done with the clinic's id.
/// </summary>
public sealed class ClinicManagerLinks(IDbContextFactory<CmaRenewalDbContext> factory)
{
    private static readonly AppText Text = new(typeof(ClinicManagerLinks));

    public static string ManagersOnly => Text["ManagersOnly"];
    public static string AlreadyLinked => Text["AlreadyLinked"];

    public Task<UseCaseResult<long>> AssignAsync(AccessScope actor, long clinicId, long personId, CancellationToken ct) =>
        ClinicChanges.SaveAsync(factory, actor, "PersonId", async db =>
        {
            if (!await db.Clinics.AnyAsync(c => c.Id == clinicId, ct)) return UseCaseResult<Func<long>>.NotFound(ClinicChanges.Gone);
            if (!await db.People.AnyAsync(p => p.Id == personId && p.Role == PersonRole.Manager && p.IsActive, ct))
                return UseCaseResult<Func<long>>.Invalid("PersonId", ManagersOnly);
            if (await db.ClinicManagers.AnyAsync(m => m.ClinicId == clinicId && m.PersonId == personId, ct))
                return UseCaseResult<Func<long>>.Conflict(AlreadyLinked);
            db.ClinicManagers.Add(new ClinicManager(personId, clinicId));
            return UseCaseResult<Func<long>>.Done(() => clinicId);
        }, ct);

    public Task<UseCaseResult<long>> UnassignAsync(AccessScope actor, long clinicId, long personId, CancellationToken ct) =>
        ClinicChanges.SaveAsync(factory, actor, "PersonId", async db =>
        {
            var link = await db.ClinicManagers.SingleOrDefaultAsync(m => m.ClinicId == clinicId && m.PersonId == personId, ct);
            if (link is null) return UseCaseResult<Func<long>>.Conflict(AdminOnly.ChangedMeanwhile);
            db.ClinicManagers.Remove(link);
            return UseCaseResult<Func<long>>.Done(() => clinicId);
        }, ct);
}
