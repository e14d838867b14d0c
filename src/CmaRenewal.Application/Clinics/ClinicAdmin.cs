using CmaRenewal.Application.Administration;
using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.Common;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Clinics;

/// <summary>
/// Clinic upkeep, for admins only. Clinics carry no concurrency token, so a change states the value it replaces and is
/// a conflict when that value has moved on (never a silent overwrite of someone else's edit). Each write answers the
/// clinic's id.
/// </summary>
public sealed class ClinicAdmin(IDbContextFactory<CmaRenewalDbContext> factory)
{
    public async Task<UseCaseResult<IReadOnlyList<ClinicRow>>> ListAsync(AccessScope actor, CancellationToken ct)
    {
        if (AdminOnly.Refusal<IReadOnlyList<ClinicRow>>(actor) is { } refused) return refused;
        await using var db = await factory.CreateDbContextAsync(ct);
        var clinics = await db.Clinics.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        var links = await (from m in db.ClinicManagers join p in db.People on m.PersonId equals p.Id
                           select new { m.ClinicId, p.Id, p.FirstName, p.LastName }).ToListAsync(ct);
        return UseCaseResult<IReadOnlyList<ClinicRow>>.Done([.. clinics.Select(c => new ClinicRow(c.Id, c.Name, c.TimeZone,
            [.. links.Where(l => l.ClinicId == c.Id).Select(l => new NamedPerson(l.Id, $"{l.FirstName} {l.LastName}")).OrderBy(p => p.Name)],
            new ReminderDays(c.ReminderCeDays, c.ReminderFeeDays, c.ReminderExpirationDays)))]);
    }

    /// <summary>Active managers, the people who may be linked to a clinic.</summary>
    public async Task<UseCaseResult<IReadOnlyList<NamedPerson>>> ManagersAsync(AccessScope actor, CancellationToken ct)
    {
        if (AdminOnly.Refusal<IReadOnlyList<NamedPerson>>(actor) is { } refused) return refused;
        await using var db = await factory.CreateDbContextAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.Role == PersonRole.Manager && p.IsActive)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync(ct);
        return UseCaseResult<IReadOnlyList<NamedPerson>>.Done([.. people.Select(p => new NamedPerson(p.Id, p.FullName))]);
    }

    public Task<UseCaseResult<long>> CreateAsync(AccessScope actor, string name, string timeZone, CancellationToken ct) =>
        ClinicChanges.SaveAsync(factory, actor, "Name", async db =>
        {
            if (UnknownZone<Func<long>>(timeZone) is { } refused) return refused;
            var clinic = new Clinic(name, timeZone);
            if (await NameTakenAsync(db, clinic.Name, 0, ct)) return UseCaseResult<Func<long>>.Conflict(Taken(clinic.Name));
            db.Clinics.Add(clinic);
            return UseCaseResult<Func<long>>.Done(() => clinic.Id);
        }, ct);

    public Task<UseCaseResult<long>> RenameAsync(AccessScope actor, long id, string expectedName, string name, CancellationToken ct) =>
        ClinicChanges.EditAsync(factory, actor, id, "Name", async (db, clinic) =>
        {
            if (clinic.Name != expectedName) return UseCaseResult<Func<long>>.Conflict(AdminOnly.ChangedMeanwhile);
            clinic.Rename(name);
            return await NameTakenAsync(db, clinic.Name, id, ct)
                ? UseCaseResult<Func<long>>.Conflict(Taken(clinic.Name))
                : UseCaseResult<Func<long>>.Done(() => id);
        }, ct);

    public Task<UseCaseResult<long>> ChangeTimeZoneAsync(AccessScope actor, long id, string expectedZone, string timeZone, CancellationToken ct) =>
        ClinicChanges.EditAsync(factory, actor, id, "TimeZone", (_, clinic) =>
        {
            if (clinic.TimeZone != expectedZone) return Task.FromResult(UseCaseResult<Func<long>>.Conflict(AdminOnly.ChangedMeanwhile));
            if (UnknownZone<Func<long>>(timeZone) is { } refused) return Task.FromResult(refused);
            clinic.MoveToTimeZone(timeZone);
            return Task.FromResult(UseCaseResult<Func<long>>.Done(() => id));
        }, ct);

    /// <summary>Sets the clinic's reminder offsets; a list that is not days is invalid with the reason, nothing saved.</summary>
    public Task<UseCaseResult<long>> UseReminderDaysAsync(AccessScope actor, long id, ReminderDays expected, ReminderDays days, CancellationToken ct) =>
        ClinicChanges.EditAsync(factory, actor, id, "Reminders", (_, clinic) =>
        {
            ArgumentNullException.ThrowIfNull(days);
            if (new ReminderDays(clinic.ReminderCeDays, clinic.ReminderFeeDays, clinic.ReminderExpirationDays) != expected)
                return Task.FromResult(UseCaseResult<Func<long>>.Conflict(AdminOnly.ChangedMeanwhile));
            try
            {
                clinic.UseReminderOffsets(days.Ce, days.Fee, days.Expiration);
                return Task.FromResult(UseCaseResult<Func<long>>.Done(() => id));
            }
            catch (FormatException ex)
            {
                return Task.FromResult(UseCaseResult<Func<long>>.Invalid("Reminders", ex.Message));
            }
        }, ct);

    // Checked before the entity sees it, so the form says which field is wrong in words (not the guard's parameter name).
    private static UseCaseResult<T>? UnknownZone<T>(string? timeZone) =>
        TimeZoneChoices.Find(timeZone) is null ? UseCaseResult<T>.Invalid("TimeZone", TimeZoneChoices.Unknown) : null;

    private static string Taken(string name) => $"A clinic named '{name}' already exists.";

    private static Task<bool> NameTakenAsync(CmaRenewalDbContext db, string name, long exceptId, CancellationToken ct) =>
        db.Clinics.AnyAsync(c => c.Name == name && c.Id != exceptId, ct);
}
