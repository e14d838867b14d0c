using CmaRenewal.Application.Localization;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Profile;

/// <summary>The actor's own email choices: which kinds of reminder they get, and a snooze.</summary>
public sealed class EmailPreferencesHandler(IDbContextFactory<CmaRenewalDbContext> factory, PersonClock clock, EmailPreferenceStore store)
{
    private static readonly AppText Text = new(typeof(EmailPreferencesHandler));

    public static string SnoozeTooFar => Text["SnoozeTooFar"];

    public async Task<UseCaseResult<EmailPreferences>> LoadAsync(AccessScope actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await factory.CreateDbContextAsync(ct);
        var preferences = await db.People.AsNoTracking().Where(p => p.Id == actor.PersonId).Select(p => p.EmailPreferences).SingleOrDefaultAsync(ct);
        return preferences is null ? UseCaseResult<EmailPreferences>.NotFound(ProfileHandler.NoProfile) : UseCaseResult<EmailPreferences>.Done(preferences);
    }

    /// <summary>Saves the choices (nothing changes when they are refused); done with the actor's person id.</summary>
    public async Task<UseCaseResult<long>> SaveAsync(AccessScope actor, EmailPreferences preferences, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(preferences);
        var today = await clock.TodayForAsync(actor.PersonId, ct);
        if (preferences.SnoozedUntil is { } until && (until < today || until > today.AddDays(365)))
            return UseCaseResult<long>.Invalid(nameof(EmailPreferences.SnoozedUntil), SnoozeTooFar);
        return await store.ChangeAsync(actor.PersonId, _ => preferences, ct) is null
            ? UseCaseResult<long>.NotFound(ProfileHandler.NoProfile)
            : UseCaseResult<long>.Done(actor.PersonId);
    }
}
