using CmaRenewal.Application.Access;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.Common;
using CmaRenewal.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Imports;

/// <summary>A valid people row; <see cref="ClinicId"/> is null for a clinic the import creates (in <see cref="NewClinicZone"/>).</summary>
internal sealed record PersonRow(string Email, string FirstName, string LastName, PersonRole Role, string? TimeZone,
    string ClinicName, long? ClinicId, string? NewClinicZone, PeopleImporter.Known? Existing);

/// <summary>
/// People, checked by the <see cref="Person"/> rules (<see cref="Person.NormalizeEmail"/>, <see cref="Require"/>,
/// <see cref="IanaTimeZone"/>). A known email is updated: names, role, clinic and time zone follow the file (an empty
/// time_zone means the clinic's). Admins' rows and other clinics' people are refused; managers import assistants of
/// their own clinics only; an unknown clinic is created for admins (and the verb), in the row's time zone.
/// </summary>
internal sealed class PeopleImporter(ImportSession session) : RowImporter<PersonRow>(session)
{
    private static readonly AppText Text = new(typeof(PeopleImporter));

    private const int Batch = 500;
    private Dictionary<string, Known> people = [];
    private Dictionary<string, (long Id, string Zone)> clinics = [];
    private readonly Dictionary<string, string> newClinics = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> created = new(StringComparer.OrdinalIgnoreCase);
    private int pending;

    /// <summary>A stored person as the file compares with it.</summary>
    internal sealed record Known(long Id, long ClinicId, PersonRole Role, string FirstName, string LastName, string? TimeZone);

    public override string KeyColumn => "email";

    public override async Task LoadAsync(CancellationToken ct)
    {
        // Every person, not just the manager's: an email belongs to one person in the whole app.
        people = await Db.People.AsNoTracking()
            .Select(p => new { p.Email, Known = new Known(p.Id, p.ClinicId, p.Role, p.FirstName, p.LastName, p.TimeZone) })
            .ToDictionaryAsync(p => p.Email, p => p.Known, StringComparer.Ordinal, ct);
        var rows = await Db.Clinics.AsNoTracking().Select(c => new { c.Id, c.Name, c.TimeZone }).ToListAsync(ct);
        clinics = rows.DistinctBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(c => c.Name, c => (c.Id, c.TimeZone), StringComparer.OrdinalIgnoreCase);
    }

    public override PersonRow? Parse(ImportFile record, int line, List<ImportProblem> problems)
    {
        var before = problems.Count;
        var emailText = record["email"];
        var email = Check(() => Person.NormalizeEmail(emailText), line, "email", emailText, problems);
        var first = Check(() => Require.Text(record["first_name"], Person.NameMaxLength, "first_name"), line, "first_name", record["first_name"], problems);
        var last = Check(() => Require.Text(record["last_name"], Person.NameMaxLength, "last_name"), line, "last_name", record["last_name"], problems);
        var zoneText = record["time_zone"];
        var zone = zoneText.Length == 0 ? null : Check(() => IanaTimeZone.Require(zoneText, "time_zone"), line, "time_zone", zoneText, problems);
        var role = Role(record["role"], line, problems);
        var clinicText = record["clinic"];
        var clinicName = Check(() => Require.Text(clinicText, Clinic.NameMaxLength, "clinic"), line, "clinic", clinicText, problems);

        long? clinicId = null;
        string? newZone = null;
        if (clinicName is not null)
        {
            if (clinics.TryGetValue(clinicName, out var clinic) && Scope.CanSeeClinic(clinic.Id)) clinicId = clinic.Id;
            else if (!Scope.IsAdmin) problems.Add(new ImportProblem(line, "clinic", clinicText, Text["NotYourClinic"]));
            else if (newClinics.TryGetValue(clinicName, out var pendingZone)) newZone = pendingZone;
            else if (zone is not null) newClinics[clinicName] = newZone = zone;
            else if (zoneText.Length == 0)
                problems.Add(new ImportProblem(line, "time_zone", zoneText, Text.Format("NewClinicZone", clinicName)));
        }

        Known? existing = null;
        if (email is not null && people.TryGetValue(email, out existing))
        {
            // Someone a manager cannot see gets the invitation's neutral answer, whoever they are (an admin included).
            if (!Scope.CanSeePerson(existing.Id, existing.ClinicId))
                problems.Add(new ImportProblem(line, "email", emailText, PersonWrites.EmailNotAvailable));
            else if (existing.Role == PersonRole.Admin)
                problems.Add(new ImportProblem(line, "email", emailText, Text["AdminEmail"]));
            else if (!Scope.IsAdmin && existing.Role == PersonRole.Manager)
                problems.Add(new ImportProblem(line, "role", record["role"], Text["OnlyAdminsChangeManagers"]));
        }
        if (problems.Count > before) return null;
        return new PersonRow(email!, first!, last!, role!.Value, zone, clinicName!, clinicId, newZone, existing);
    }

    public override string Key(PersonRow row) => row.Email;

    public override (string Person, string What) Describe(PersonRow row) =>
        (row.Email, Text.Format(row.ClinicId is null ? "WhatNewClinic" : "What", row.FirstName, row.LastName, Text["Role" + row.Role], row.ClinicName));

    public override ValueTask<RowOutcome> ClassifyAsync(PersonRow row, int line, List<ImportProblem> problems, CancellationToken ct) =>
        ValueTask.FromResult(row.Existing switch
        {
            null => RowOutcome.Create,
            var k when k.FirstName == row.FirstName && k.LastName == row.LastName && k.Role == row.Role && k.ClinicId == row.ClinicId
                && k.TimeZone == row.TimeZone => RowOutcome.Unchanged,
            _ => RowOutcome.Update,
        });

    public override async Task ApplyAsync(PersonRow row, RowOutcome outcome, CancellationToken ct)
    {
        var clinicId = row.ClinicId ?? await ClinicAsync(row.ClinicName, row.NewClinicZone!, ct);
        if (outcome == RowOutcome.Create)
            Db.People.Add(new Person(clinicId, row.Email, row.FirstName, row.LastName, row.Role, row.TimeZone));
        else
        {
            var person = await Db.People.SingleAsync(p => p.Id == row.Existing!.Id, ct);
            person.Rename(row.FirstName, row.LastName);
            person.ChangeRole(row.Role);
            person.MoveToClinic(clinicId);
            person.UseTimeZone(row.TimeZone);
        }
        if (++pending >= Batch) await FlushAsync(ct);
    }

    public override async Task FlushAsync(CancellationToken ct)
    {
        await Db.SaveChangesAsync(ct);
        Db.ChangeTracker.Clear();
        pending = 0;
    }

    private async Task<long> ClinicAsync(string name, string zone, CancellationToken ct)
    {
        if (created.TryGetValue(name, out var id)) return id;
        var clinic = new Clinic(name, zone);
        Db.Clinics.Add(clinic);
        await Db.SaveChangesAsync(ct);
        created[name] = clinic.Id;
        return clinic.Id;
    }

    private PersonRole? Role(string text, int line, List<ImportProblem> problems)
    {
        PersonRole? role = text.ToLowerInvariant() switch
        {
            "assistant" => PersonRole.Assistant,
            "manager" => PersonRole.Manager,
            _ => null,
        };
        if (role is null) problems.Add(new ImportProblem(line, "role", text, Text["RoleShape"]));
        else if (role == PersonRole.Manager && !Scope.IsAdmin) problems.Add(new ImportProblem(line, "role", text, Text["OnlyAdminsImportManagers"]));
        return role;
    }
}
