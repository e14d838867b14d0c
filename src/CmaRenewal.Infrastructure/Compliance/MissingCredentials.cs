using CmaRenewal.Core.Requirements;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>A requirement group an active person in scope leaves unmet: the row that shows as Missing.</summary>
public sealed record MissingCredential(long PersonId, string PersonName, string Email, long ClinicId, RequirementGroup Group);

/// <summary>
/// The unmet requirements of the people in a scope: the requirements in force, each active person's role and clinic,
/// and the codes of the credentials they have on file, judged by <see cref="RequirementCheck"/>. Deactivated people
/// are left out: they have left, and a requirement no longer binds them.
/// </summary>
internal static class MissingCredentials
{
    /// <param name="db">A context to read with.</param>
    /// <param name="scope">Whose requirements to check.</param>
    /// <param name="heldCodes">
    /// The codes each person in scope holds, when the caller already read their credentials (the staff grid); null reads them.
    /// </param>
    /// <param name="ct">Cancels the reads.</param>
    public static async Task<IReadOnlyList<MissingCredential>> LoadAsync(
        CmaRenewalDbContext db, ComplianceScope scope, ILookup<long, string>? heldCodes, CancellationToken ct)
    {
        var rules = (await db.CredentialRequirements.AsNoTracking().ToListAsync(ct))
            .Select(r => new RequirementRule(r.ClinicId, r.Role, r.GroupList)).ToList();
        if (rules.All(r => r.Groups.Count == 0)) return [];

        var people = db.People.AsNoTracking().Where(p => p.IsActive)
            .Where(p => scope.ClinicIds == null || scope.ClinicIds.Contains(p.ClinicId))
            .Where(p => scope.PersonId == null || p.Id == scope.PersonId)
            .Where(p => scope.PersonIds == null || scope.PersonIds.Contains(p.Id));
        var who = await people.Select(p => new { p.Id, p.FirstName, p.LastName, p.Email, p.ClinicId, p.Role }).ToListAsync(ct);
        var held = heldCodes ?? (await db.Credentials.AsNoTracking().Where(c => people.Select(p => p.Id).Contains(c.PersonId))
            .Select(c => new { c.PersonId, c.PackCode }).ToListAsync(ct)).ToLookup(c => c.PersonId, c => c.PackCode);

        return [.. who.SelectMany(p => RequirementCheck.Unmet(rules, p.Role, p.ClinicId, held[p.Id])
            .Select(group => new MissingCredential(p.Id, $"{p.FirstName} {p.LastName}", p.Email, p.ClinicId, group)))];
    }
}
