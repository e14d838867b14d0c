using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Admin.Clinics;

/// <summary>
/// Clinic upkeep for admins. Clinics carry no concurrency token, so a change states the value it replaces and is
/// refused when that value has moved on (never a silent overwrite of someone else's edit).
/// </summary>
public sealed class ClinicAdmin(IDbContextFactory<CmaRenewalDbContext> factory)
{
    public async Task<IReadOnlyList<ClinicRow>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var clinics = await db.Clinics.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        var links = await (from m in db.ClinicManagers join p in db.People on m.PersonId equals p.Id
                           select new { m.ClinicId, p.Id, p.FirstName, p.LastName }).ToListAsync(ct);
        return [.. clinics.Select(c => new ClinicRow(c.Id, c.Name, c.TimeZone,
            [.. links.Where(l => l.ClinicId == c.Id).Select(l => new PersonRef(l.Id, $"{l.FirstName} {l.LastName}")).OrderBy(p => p.Name)],
            new ReminderDays(c.ReminderCeDays, c.ReminderFeeDays, c.ReminderExpirationDays)))];
    }

    /// <summary>Active managers, the people who may be linked to a clinic.</summary>
    public async Task<IReadOnlyList<PersonRef>> ManagersAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.Role == PersonRole.Manager && p.IsActive)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync(ct);
        return [.. people.Select(p => new PersonRef(p.Id, p.FullName))];
    }

    public Task<AdminOutcome> CreateAsync(string name, string timeZone, CancellationToken ct) =>
        ClinicChanges.SaveAsync(factory, async db =>
        {
            var clinic = new Clinic(name, timeZone);
            if (await NameTakenAsync(db, clinic.Name, 0, ct)) return AdminOutcome.Fail($"A clinic named '{clinic.Name}' already exists.");
            db.Clinics.Add(clinic);
            return AdminOutcome.Done;
        }, ct);

    public Task<AdminOutcome> RenameAsync(long id, string expectedName, string name, CancellationToken ct) =>
        ClinicChanges.EditAsync(factory, id, async (db, clinic) =>
        {
            if (clinic.Name != expectedName) return AdminOutcome.Fail(AdminOutcome.ChangedMeanwhile);
            clinic.Rename(name);
            return await NameTakenAsync(db, clinic.Name, id, ct)
                ? AdminOutcome.Fail($"A clinic named '{clinic.Name}' already exists.")
                : AdminOutcome.Done;
        }, ct);

    public Task<AdminOutcome> ChangeTimeZoneAsync(long id, string expectedZone, string timeZone, CancellationToken ct) =>
        ClinicChanges.EditAsync(factory, id, (_, clinic) =>
        {
            if (clinic.TimeZone != expectedZone) return Task.FromResult(AdminOutcome.Fail(AdminOutcome.ChangedMeanwhile));
            clinic.MoveToTimeZone(timeZone);
            return Task.FromResult(AdminOutcome.Done);
        }, ct);

    /// <summary>Sets the clinic's reminder offsets; a list that is not days is refused with the reason, nothing saved.</summary>
    public Task<AdminOutcome> UseReminderDaysAsync(long id, ReminderDays expected, ReminderDays days, CancellationToken ct) =>
        ClinicChanges.EditAsync(factory, id, (_, clinic) =>
        {
            ArgumentNullException.ThrowIfNull(days);
            if (new ReminderDays(clinic.ReminderCeDays, clinic.ReminderFeeDays, clinic.ReminderExpirationDays) != expected)
                return Task.FromResult(AdminOutcome.Fail(AdminOutcome.ChangedMeanwhile));
            try
            {
                clinic.UseReminderOffsets(days.Ce, days.Fee, days.Expiration);
                return Task.FromResult(AdminOutcome.Done);
            }
            catch (FormatException ex)
            {
                return Task.FromResult(AdminOutcome.Fail(ex.Message));
            }
        }, ct);

    private static Task<bool> NameTakenAsync(CmaRenewalDbContext db, string name, long exceptId, CancellationToken ct) =>
        db.Clinics.AnyAsync(c => c.Name == name && c.Id != exceptId, ct);
}
