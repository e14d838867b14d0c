using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>A reminder stored but not yet in an email (its recipient already had one that day).</summary>
internal sealed record PendingReminder(long Id, string Key, long RecipientPersonId, long? SubjectPersonId, ReminderKind Kind)
{
    public static async Task<IReadOnlyList<PendingReminder>> LoadAsync(CmaRenewalDbContext db, CancellationToken ct) =>
        await db.Reminders.AsNoTracking().Where(r => r.State == ReminderState.Pending)
            .Select(r => new PendingReminder(r.Id, r.Key, r.RecipientPersonId, r.SubjectPersonId, r.Kind)).ToListAsync(ct);
}

/// <summary>
/// Whom one run judges. Everyone on the first run, after a change that concerns everyone, for an as-of what-if (the
/// index speaks of real days), or when most people are due anyway. Otherwise the people the due index says can have
/// something new, those a pending reminder is for or about (it is queued or cancelled only by judging them again), and
/// the staff of the managers whose weekly digest is still to be made (<see cref="DigestManagers"/>).
/// </summary>
internal sealed record PlanningFocus(IReadOnlySet<long>? People, IReadOnlySet<long>? DigestManagers)
{
    public static readonly PlanningFocus Everyone = new(null, null);

    public bool IsEveryone => People is null;

    public static async Task<PlanningFocus> ChooseAsync(CmaRenewalDbContext db, PlanningAudience audience, DueIndex? index,
        IReadOnlyList<PendingReminder> pending, DayOfWeek digestDay, CancellationToken ct)
    {
        if (index is null || index.Everyone) return Everyone;
        var people = audience.People.Values.Where(index.IsDue).Select(p => p.Id).ToHashSet();
        foreach (var reminder in pending)
        {
            people.Add(reminder.RecipientPersonId);
            if (reminder.SubjectPersonId is { } subject) people.Add(subject);
        }
        var managers = await DigestsToMakeAsync(db, audience, pending, digestDay, ct);
        var clinics = managers.SelectMany(m => audience.ClinicsByManager[m]).ToHashSet();
        people.UnionWith(audience.People.Values.Where(p => clinics.Contains(p.ClinicId)).Select(p => p.Id));
        // Past half of everyone, one organisation-wide read costs less than a list of ids.
        return people.Count * 2 > audience.People.Count ? Everyone : new PlanningFocus(people, managers);
    }

    // A digest is made once a week; until it is stored (or while it waits, pending) its manager's staff are judged.
    private static async Task<HashSet<long>> DigestsToMakeAsync(
        CmaRenewalDbContext db, PlanningAudience audience, IReadOnlyList<PendingReminder> pending, DayOfWeek digestDay, CancellationToken ct)
    {
        var keys = audience.ClinicsByManager.Select(g => audience.People[g.Key]).Where(m => m.Wants(ReminderKind.StaffDigest))
            .ToDictionary(m => ManagerReminders.DigestKey(m.Id, ManagerReminders.DigestDate(m.Day, digestDay)), m => m.Id);
        var stored = await OutboxPlan.StoredKeysAsync(db, keys.Keys, ct);
        var managers = keys.Where(k => !stored.Contains(k.Key)).Select(k => k.Value).ToHashSet();
        managers.UnionWith(pending.Where(p => p.Kind == ReminderKind.StaffDigest).Select(p => p.RecipientPersonId));
        return managers;
    }
}
