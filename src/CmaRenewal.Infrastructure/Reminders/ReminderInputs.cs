using System.Globalization;
using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Requirements;
using CmaRenewal.Core.Rules;
using CmaRenewal.Core.Rules.Custom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// Whose reminders one save can change, taken from its tracked rows before the save and turned into
/// <see cref="ReminderChange"/> rows after it (when the database has given new rows their ids). Too many people is
/// harmless (they are judged once more); too few would leave a reminder unplanned, so when in doubt it marks more.
/// </summary>
internal sealed class ReminderInputs
{
    private readonly HashSet<long> people = [];
    private readonly HashSet<long> managers = [];
    private readonly HashSet<long> clinics = [];
    private readonly HashSet<long> credentials = [];
    private readonly HashSet<long> activities = [];
    // Rows that point at a credential or activity by an id a new row only gets on save: read after it.
    private readonly List<object> pointers = [];
    private bool everyone;

    public static ReminderInputs? From(ChangeTracker tracker)
    {
        var inputs = new ReminderInputs();
        foreach (var entry in tracker.Entries())
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) inputs.Add(entry);
        return inputs.everyone || inputs.people.Count + inputs.clinics.Count + inputs.pointers.Count > 0 ? inputs : null;
    }

    /// <summary>Extra people whose CE a bulk writer (the import) inserted outside EF's tracking.</summary>
    public static ReminderInputs ForPeople(IEnumerable<long> personIds)
    {
        var inputs = new ReminderInputs();
        inputs.people.UnionWith(personIds);
        return inputs;
    }

    private void Add(EntityEntry entry)
    {
        var existing = entry.State != EntityState.Added;
        switch (entry.Entity)
        {
            // A person's profile (time zone, preferences, active or not) and, as a manager, whom they hear about.
            case Person p when existing:
                people.Add(p.Id);
                managers.Add(p.Id);
                break;
            case Credential c:
                people.Add(c.PersonId);
                if (existing) people.Add((long)entry.Property(nameof(Credential.PersonId)).OriginalValue!);
                break;
            case CeActivity a:
                people.Add(a.PersonId);
                break;
            case Clinic k when existing:
                clinics.Add(k.Id);
                break;
            case ClinicManager m:
                clinics.Add(m.ClinicId);
                people.Add(m.PersonId);
                break;
            case CeActivitySplit or CeActivityCredential or FeePayment or Renewal:
                pointers.Add(entry.Entity);
                break;
            case CredentialRequirement or RulePackOverride or CustomCredentialType:
                everyone = true;
                break;
        }
    }

    /// <summary>The INSERTs that record these changes, in SQL both providers read alike (ids are numbers made here).</summary>
    public IEnumerable<string> Statements()
    {
        const string into = $"INSERT INTO {ReminderChanges.Table} (PersonId) ";
        if (everyone)
        {
            yield return into + "VALUES (NULL)";
            yield break;
        }
        foreach (var pointer in pointers)
        {
            switch (pointer)
            {
                case CeActivitySplit s: activities.Add(s.ActivityId); break;
                case CeActivityCredential l: credentials.Add(l.CredentialId); activities.Add(l.ActivityId); break;
                case FeePayment f: credentials.Add(f.CredentialId); break;
                case Renewal r: credentials.Add(r.CredentialId); break;
            }
        }
        foreach (var ids in Lists(people)) yield return into + $"SELECT Id FROM People WHERE Id IN ({ids})";
        foreach (var ids in Lists(credentials)) yield return into + $"SELECT PersonId FROM Credentials WHERE Id IN ({ids})";
        foreach (var ids in Lists(activities)) yield return into + $"SELECT PersonId FROM CeActivities WHERE Id IN ({ids})";
        foreach (var ids in Lists(clinics)) yield return into + $"SELECT Id FROM People WHERE ClinicId IN ({ids})";
        foreach (var ids in Lists(managers))
            yield return into + $"SELECT p.Id FROM People p JOIN ClinicManagers m ON m.ClinicId = p.ClinicId WHERE m.PersonId IN ({ids})";
    }

    private static IEnumerable<string> Lists(HashSet<long> ids) =>
        ids.Where(id => id > 0).Chunk(500).Select(chunk => string.Join(",", chunk.Select(id => id.ToString(CultureInfo.InvariantCulture))));
}
