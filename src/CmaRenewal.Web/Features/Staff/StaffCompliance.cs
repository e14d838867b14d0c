using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Staff;

/// <summary>
/// The staff pages' smaller reads: the clinics a manager may pick (invitations, audit drill), and the grid's rows for
/// the exports, through the same <see cref="OpenStaffGrid"/> use case the grid page calls.
/// </summary>
public sealed class StaffCompliance(IDbContextFactory<CmaRenewalDbContext> factory, OpenStaffGrid grid)
{
    public async Task<IReadOnlyList<ClinicChoice>> ClinicsAsync(AccessScope access, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var clinics = await db.Clinics.AsNoTracking().OrderBy(c => c.Name).Select(c => new ClinicChoice(c.Id, c.Name)).ToListAsync(ct);
        return [.. clinics.Where(c => access.CanSeeClinic(c.Id))];
    }

    /// <summary>Rows of <paramref name="clinicId"/>, or of every visible clinic when null; null when that clinic is not visible.</summary>
    public async Task<IReadOnlyList<StaffRow>?> RowsAsync(AccessScope access, long? clinicId, DateOnly asOf, CancellationToken ct)
    {
        var opened = await grid.HandleAsync(access, new StaffGridRequest(clinicId, asOf), ct);
        return opened.IsDone ? opened.Value!.Rows : null;
    }
}
