using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Access;

/// <summary>The clinics an actor may pick on the staff pages and the audit drill, in name order (none for an assistant).</summary>
public sealed class VisibleClinics(IDbContextFactory<CmaRenewalDbContext> factory)
{
    public async Task<IReadOnlyList<ClinicChoice>> ForAsync(AccessScope actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await factory.CreateDbContextAsync(ct);
        var clinics = await db.Clinics.AsNoTracking().OrderBy(c => c.Name).Select(c => new ClinicChoice(c.Id, c.Name)).ToListAsync(ct);
        return [.. clinics.Where(c => actor.CanSeeClinic(c.Id))];
    }
}
