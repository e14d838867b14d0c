using System.Globalization;
using CmaRenewal.Core.Auditing;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Administration;

/// <summary>
/// Reads the names a page of audit entries needs, in three small queries: the people, clinics and credentials its rows
/// and their fields point at, and the people behind the actors' emails.
/// </summary>
internal static class AuditNaming
{
    public static async Task<AuditNames> ForAsync(CmaRenewalDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var people = new HashSet<long>();
        var clinics = new HashSet<long>();
        var credentials = new HashSet<long>();
        foreach (var entry in entries)
        {
            Collect(entry.BeforeJson, people, clinics, credentials);
            Collect(entry.AfterJson, people, clinics, credentials);
            if (long.TryParse(entry.EntityId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                if (entry.EntityType == "Person") people.Add(id);
                else if (entry.EntityType == "Clinic") clinics.Add(id);
            }
        }
        var credentialRows = await db.Credentials.AsNoTracking().Where(c => credentials.Contains(c.Id))
            .Select(c => new { c.Id, c.PackCode, c.PersonId }).ToListAsync(ct);
        people.UnionWith(credentialRows.Select(c => c.PersonId));
        var actors = entries.Select(e => e.Actor).Distinct().ToList();
        var personRows = await db.People.AsNoTracking().Where(p => people.Contains(p.Id) || actors.Contains(p.Email))
            .Select(p => new { p.Id, p.Email, p.FirstName, p.LastName }).ToListAsync(ct);
        var personNames = personRows.ToDictionary(p => p.Id, p => $"{p.FirstName} {p.LastName}");
        var names = new AuditNames(
            personNames,
            await db.Clinics.AsNoTracking().Where(c => clinics.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct),
            credentialRows.ToDictionary(c => c.Id, c => AuditFormatter.CredentialOf(c.PackCode, personNames.GetValueOrDefault(c.PersonId) ?? AuditFormatter.Numbered("PersonNumber", c.PersonId))),
            personRows.Where(p => actors.Contains(p.Email)).ToDictionary(p => p.Email, p => $"{p.FirstName} {p.LastName}", StringComparer.Ordinal));
        return names;
    }

    private static void Collect(string? json, HashSet<long> people, HashSet<long> clinics, HashSet<long> credentials)
    {
        foreach (var (key, value) in AuditFormatter.Flatten(json))
        {
            var set = key switch { "PersonId" => people, "ClinicId" => clinics, "CredentialId" => credentials, _ => null };
            if (set is not null && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) set.Add(id);
        }
    }
}
