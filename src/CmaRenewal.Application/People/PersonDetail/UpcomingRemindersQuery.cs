using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.People.PersonDetail;

/// <summary>
/// What the reminder emails will say next for one person: the engine's verdicts already on their page, their clinic's
/// ladders and their own opt-outs and snooze, through <see cref="UpcomingReminders"/>.
/// </summary>
public sealed class UpcomingRemindersQuery(IDbContextFactory<CmaRenewalDbContext> factory)
{
    public async Task<IReadOnlyList<UpcomingReminder>> ForAsync(PersonView view, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        await using var db = await factory.CreateDbContextAsync(ct);
        var settings = await db.People.AsNoTracking().Where(p => p.Id == view.PersonId)
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { p.EmailPreferences, Clinic = c })
            .SingleOrDefaultAsync(ct);
        if (settings is null) return [];
        var offsets = settings.Clinic.ReminderOffsets;
        return [.. view.Credentials
            .SelectMany(c => UpcomingReminders.For(c.Result, ReminderLadder.From(c.Result.Cycle.Rules.Reminders, offsets), view.Today, settings.EmailPreferences))
            .OrderBy(u => u.Rung.SendOn).ThenBy(u => u.PackCode, StringComparer.Ordinal).ThenBy(u => u.Rung.Kind)];
    }
}
