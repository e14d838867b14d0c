using CmaRenewal.Application.Emails;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.MyCredentials;

/// <summary>The signed-in person's email choices: which kinds of reminder they get, and a snooze.</summary>
public sealed class EmailPreferenceCommands(
    IDbContextFactory<CmaRenewalDbContext> factory, CurrentUser user, PersonClock clock, EmailPreferenceStore store)
{
    public async Task<EmailPreferences?> LoadAsync(CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.People.AsNoTracking().Where(p => p.Id == scope.PersonId).Select(p => p.EmailPreferences).SingleOrDefaultAsync(ct);
    }

    /// <summary>Saves the choices; returns a message when they cannot be saved (nothing is changed then).</summary>
    public async Task<string?> SaveAsync(EmailPreferences preferences, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var scope = await user.ScopeAsync(ct);
        var today = await clock.TodayForAsync(scope.PersonId, ct);
        if (preferences.SnoozedUntil is { } until && (until < today || until > today.AddDays(365)))
            return "A snooze ends between today and one year from now.";
        return await store.ChangeAsync(scope.PersonId, _ => preferences, ct) is null ? "Your profile was not found." : null;
    }
}
