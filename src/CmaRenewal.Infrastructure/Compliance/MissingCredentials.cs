using CmaRenewal.Core.People;
using CmaRenewal.Core.Requirements;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>A requirement group an active person in scope leaves unmet: the row that shows as Missing.</summary>
public sealed record MissingCredential(long PersonId, string PersonName, string Email, long ClinicId, RequirementGroup Group);

/// <summary>
/// The unmet requirements of the people in a scope: the requirements in force, each active person's role and clinic,
/// and the codes of the credentials they have on file, judged by <see cref="RequirementCheck"/>. Deactivated people
/// are left out: they have left, and a requirement no longer binds them. On SQLite the rows come through
/// <see cref="SqliteMissingRows"/>, elsewhere through EF's queries here.
/// </summary>
internal static class MissingCredentials
{
    /// <summary>An active person in scope, as the requirement check needs them.</summary>
    internal sealed record PersonRow(long Id, string FirstName, string LastName, string Email, long ClinicId, PersonRole Role);

    /// <param name="db">A context to read with.</param>
    /// <param name="scope">Whose requirements to check.</param>
    /// <param name="heldCodes">
    /// The codes each person in scope holds, when the caller already read their credentials (the staff grid); null reads them.
    /// </param>
    /// <param name="ct">Cancels the reads.</param>
    public static async Task<IReadOnlyList<MissingCredential>> LoadAsync(
        CmaRenewalDbContext db, ComplianceScope scope, ILookup<long, string>? heldCodes, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        var rules = sqlite ? await SqliteMissingRows.RulesAsync(db, ct) : await RulesAsync(db, ct);
        if (rules.All(r => r.Groups.Count == 0)) return [];

        var withHeld = heldCodes is null;
        var (who, held) = sqlite ? await SqliteMissingRows.PeopleAsync(db, scope, withHeld, ct) : await PeopleAsync(db, scope, withHeld, ct);
        var codes = heldCodes ?? held.ToLookup(c => c.PersonId, c => c.PackCode);
        return [.. who.SelectMany(p => RequirementCheck.Unmet(rules, p.Role, p.ClinicId, codes[p.Id])
            .Select(group => new MissingCredential(p.Id, $"{p.FirstName} {p.LastName}", p.Email, p.ClinicId, group)))];
    }

    /// <summary>Every requirement, through EF: every provider but SQLite, and the reference for <see cref="SqliteMissingRows"/>.</summary>
    internal static async Task<List<RequirementRule>> RulesAsync(CmaRenewalDbContext db, CancellationToken ct) =>
        [.. (await db.CredentialRequirements.AsNoTracking().ToListAsync(ct)).Select(r => new RequirementRule(r.ClinicId, r.Role, r.GroupList))];

    /// <summary>
    /// The active people in scope and, with <paramref name="withHeld"/>, the codes of their credentials, through EF (see
    /// <see cref="RulesAsync"/>).
    /// </summary>
    internal static async Task<(List<PersonRow> People, List<(long PersonId, string PackCode)> Held)> PeopleAsync(
        CmaRenewalDbContext db, ComplianceScope scope, bool withHeld, CancellationToken ct)
    {
        var people = db.People.AsNoTracking().Where(p => p.IsActive)
            .Where(p => scope.ClinicIds == null || scope.ClinicIds.Contains(p.ClinicId))
            .Where(p => scope.PersonId == null || p.Id == scope.PersonId)
            .Where(p => scope.PersonIds == null || scope.PersonIds.Contains(p.Id));
        var who = await people.Select(p => new PersonRow(p.Id, p.FirstName, p.LastName, p.Email, p.ClinicId, p.Role)).ToListAsync(ct);
        if (!withHeld) return (who, []);
        var held = await db.Credentials.AsNoTracking().Where(c => people.Select(p => p.Id).Contains(c.PersonId))
            .Select(c => new { c.PersonId, c.PackCode }).ToListAsync(ct);
        return (who, [.. held.Select(c => (c.PersonId, c.PackCode))]);
    }
}
