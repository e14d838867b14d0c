using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Admin.Clinics;

/// <summary>Links and unlinks managers and clinics: the <see cref="ClinicManager"/> rows a manager's access comes from.</summary>
public sealed class ClinicManagerLinks(IDbContextFactory<CmaRenewalDbContext> factory)
{
    public Task<AdminOutcome> AssignAsync(long clinicId, long personId, CancellationToken ct) =>
        ClinicChanges.SaveAsync(factory, async db =>
        {
            if (!await db.Clinics.AnyAsync(c => c.Id == clinicId, ct)) return AdminOutcome.Fail("That clinic no longer exists.");
            if (!await db.People.AnyAsync(p => p.Id == personId && p.Role == PersonRole.Manager && p.IsActive, ct))
                return AdminOutcome.Fail("Only an active manager can manage a clinic; change the person's role first.");
            if (await db.ClinicManagers.AnyAsync(m => m.ClinicId == clinicId && m.PersonId == personId, ct))
                return AdminOutcome.Fail("That manager already manages this clinic.");
            db.ClinicManagers.Add(new ClinicManager(personId, clinicId));
            return AdminOutcome.Done;
        }, ct);

    public Task<AdminOutcome> UnassignAsync(long clinicId, long personId, CancellationToken ct) =>
        ClinicChanges.SaveAsync(factory, async db =>
        {
            var link = await db.ClinicManagers.SingleOrDefaultAsync(m => m.ClinicId == clinicId && m.PersonId == personId, ct);
            if (link is null) return AdminOutcome.Fail(AdminOutcome.ChangedMeanwhile);
            db.ClinicManagers.Remove(link);
            return AdminOutcome.Done;
        }, ct);
}
