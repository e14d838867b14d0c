using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Profile;

/// <summary>
/// The one way a person's email preferences change, whether from their profile or from a link in an email: read,
/// changed and saved through the app's context, so every change lands in the audit trail under the current actor.
/// </summary>
public sealed class EmailPreferenceStore(IDbContextFactory<CmaRenewalDbContext> factory)
{
    /// <summary>Applies <paramref name="change"/> and returns the preferences now stored; null when there is no such person.</summary>
    public async Task<EmailPreferences?> ChangeAsync(long personId, Func<EmailPreferences, EmailPreferences> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var db = await factory.CreateDbContextAsync(ct);
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return null;
        var next = change(person.EmailPreferences);
        // A second click on the same link changes nothing and should not add an empty line to the audit trail.
        if (next == person.EmailPreferences) return next;
        person.ChangeEmailPreferences(next);
        await db.SaveChangesAsync(ct);
        return next;
    }
}
