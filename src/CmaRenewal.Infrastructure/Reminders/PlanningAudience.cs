using CmaRenewal.Core.Common;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>An active person as the planner sees them: where to write, their reminder day, what they turned off.</summary>
internal sealed record Recipient(long Id, string Email, string Name, long ClinicId, DateOnly Day, EmailPreferences Preferences, string? Language = null)
{
    /// <summary>Until disposed, texts are made in this person's language (English when they chose none).</summary>
    public IDisposable Reading() => new CultureScope(Languages.CultureOf(Language));

    public bool Wants(ReminderKind kind) => !Preferences.IsSnoozedOn(Day) && !Preferences.IsOff(ReminderKinds.TopicOf(kind));
}

internal sealed record PlanningClinic(long Id, string Name, ClinicReminderOffsets? Offsets);

/// <summary>
/// Everyone who can receive reminders (active people only: deactivated people get none), each with the local day
/// that is due for them now, plus clinics and who manages them.
/// </summary>
internal sealed record PlanningAudience(
    IReadOnlyDictionary<long, Recipient> People,
    IReadOnlyDictionary<long, PlanningClinic> Clinics,
    ILookup<long, long> ManagersByClinic,
    ILookup<long, long> ClinicsByManager)
{
    /// <summary>The reminder ladder of a holder's credential: its rule pack's, or their clinic's own offsets.</summary>
    public ReminderLadder LadderFor(Recipient holder, ComplianceResult verdict) =>
        ReminderLadder.From(verdict.Cycle.Rules.Reminders, Clinics.GetValueOrDefault(holder.ClinicId)?.Offsets);

    public static async Task<PlanningAudience> LoadAsync(
        CmaRenewalDbContext db, DateTimeOffset now, DateOnly? asOf, TimeOnly sendAt, CancellationToken ct)
    {
        var clinics = await db.Clinics.AsNoTracking().ToListAsync(ct);
        var zones = clinics.ToDictionary(c => c.Id, c => c.TimeZone);
        var people = await db.People.AsNoTracking().Where(p => p.IsActive)
            .Select(p => new { p.Id, p.Email, p.FirstName, p.LastName, p.ClinicId, p.TimeZone, p.EmailPreferences, p.Language })
            .ToListAsync(ct);
        var managers = await db.ClinicManagers.AsNoTracking().Select(m => new { m.PersonId, m.ClinicId }).ToListAsync(ct);
        var recipients = people.ToDictionary(p => p.Id, p => new Recipient(p.Id, p.Email, $"{p.FirstName} {p.LastName}", p.ClinicId,
            asOf ?? LocalMorning.ReminderDay(now, PersonToday.ZoneOf(p.TimeZone, zones.GetValueOrDefault(p.ClinicId)), sendAt), p.EmailPreferences, p.Language));
        var active = managers.Where(m => recipients.ContainsKey(m.PersonId)).ToList();
        return new PlanningAudience(
            recipients,
            clinics.ToDictionary(c => c.Id, c => new PlanningClinic(c.Id, c.Name, c.ReminderOffsets)),
            active.ToLookup(m => m.ClinicId, m => m.PersonId),
            active.ToLookup(m => m.PersonId, m => m.ClinicId));
    }
}
