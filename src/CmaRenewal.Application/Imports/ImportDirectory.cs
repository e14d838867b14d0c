using CmaRenewal.Application.Localization;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Imports;

/// <summary>A person a credentials or activities file may name, with the zone "today" is judged in.</summary>
internal sealed record ImportPerson(long Id, long ClinicId, string Zone, PersonRole Role)
{
    public PersonRef Ref => new(Id, ClinicId, Role);
}

/// <summary>A credential held by someone in scope.</summary>
internal sealed record ImportCredential(long Id, long PersonId, string PackCode);

/// <summary>
/// The people (by email) and credentials the importer may touch, loaded once per run: a few tens of thousands of
/// small rows even for the large demo, against one query per CSV row otherwise. Managers get their clinics' people
/// (and themselves); everyone else in the file is "not found", as on every page.
/// </summary>
internal static class ImportDirectory
{
    private static readonly AppText Text = new(typeof(ImportDirectory));

    public static async Task<Dictionary<string, ImportPerson>> PeopleAsync(CmaRenewalDbContext db, AccessScope scope, CancellationToken ct)
    {
        var rows = await InScope(db, scope)
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { p.Id, p.Email, p.ClinicId, Zone = p.TimeZone ?? c.TimeZone, p.Role })
            .AsNoTracking().ToListAsync(ct);
        return rows.ToDictionary(r => r.Email, r => new ImportPerson(r.Id, r.ClinicId, r.Zone, r.Role), StringComparer.Ordinal);
    }

    public static async Task<ILookup<long, ImportCredential>> CredentialsAsync(CmaRenewalDbContext db, AccessScope scope, CancellationToken ct)
    {
        var people = InScope(db, scope).Select(p => p.Id);
        var rows = await db.Credentials.AsNoTracking().Where(c => people.Contains(c.PersonId))
            .Select(c => new ImportCredential(c.Id, c.PersonId, c.PackCode)).ToListAsync(ct);
        return rows.ToLookup(c => c.PersonId);
    }

    public static IQueryable<Person> InScope(CmaRenewalDbContext db, AccessScope scope)
    {
        if (scope.IsAdmin) return db.People;
        var clinics = scope.ManagedClinicIds.ToList();
        return db.People.Where(p => clinics.Contains(p.ClinicId) || p.Id == scope.PersonId);
    }

    public static string NotFound(AccessScope scope) =>
        scope.IsAdmin ? Text["NoPersonAnywhere"] : Text["NoPersonInClinics"];
}
