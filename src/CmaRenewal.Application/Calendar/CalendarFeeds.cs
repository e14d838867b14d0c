using System.Data;
using System.Data.Common;
using CmaRenewal.Core.Calendar;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Calendar;

/// <summary>
/// The secret feed addresses: one per (owner, clinic or none). Shown when it exists, made on first ask, replaced on
/// regenerate. Every question is answered for what the owner may have right now: an assistant has no clinic feed,
/// a manager only feeds of clinics they manage.
/// </summary>
public sealed class CalendarFeeds(IDbContextFactory<CmaRenewalDbContext> factory, AccessScopes scopes, TimeProvider time)
{
    /// <summary>The owner's feed token for <paramref name="clinicId"/> (null: their own feed), or null when there is none yet.</summary>
    public async Task<string?> FindAsync(AccessScope owner, long? clinicId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (!May(owner, clinicId)) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Of(db, owner.PersonId, clinicId).OrderBy(f => f.Id).Select(f => f.Token).FirstOrDefaultAsync(ct);
    }

    /// <summary>The existing token, or a new one; null when the owner may not have this feed.</summary>
    public Task<string?> GetOrCreateAsync(AccessScope owner, long? clinicId, CancellationToken ct) =>
        WriteAsync(owner, clinicId, replace: false, ct);

    /// <summary>A new token in place of the old one, which stops working as this commits; null when the owner may not have this feed.</summary>
    public Task<string?> RegenerateAsync(AccessScope owner, long? clinicId, CancellationToken ct) =>
        WriteAsync(owner, clinicId, replace: true, ct);

    /// <summary>
    /// The feed behind <paramref name="token"/> and what its owner may see now; null for an unknown token, an
    /// inactive owner, or a clinic the owner no longer manages.
    /// </summary>
    public async Task<(CalendarFeed Feed, AccessScope Owner)?> OpenAsync(string token, CancellationToken ct)
    {
        if (!LooksLikeToken(token)) return null;
        CalendarFeed? feed;
        await using (var db = await factory.CreateDbContextAsync(ct))
            feed = await db.CalendarFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.Token == token, ct);
        if (feed is null) return null;
        var owner = await scopes.ForPersonAsync(feed.PersonId, ct);
        return owner.PersonId != 0 && May(owner, feed.ClinicId) ? (feed, owner) : null;
    }

    public static bool May(AccessScope owner, long? clinicId) =>
        owner is { PersonId: > 0 } && (clinicId is not { } id || owner.IsManager && owner.CanSeeClinic(id));

    private async Task<string?> WriteAsync(AccessScope owner, long? clinicId, bool replace, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (!May(owner, clinicId)) return null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteOnceAsync(owner.PersonId, clinicId, replace, ct);
            }
            // Two asks at once under Serializable: SQL Server picks a deadlock victim, SQLite may report the file busy.
            // The loser simply asks again and then sees the winner's row.
            catch (Exception ex) when (attempt < 3 && ex is DbException or DbUpdateException)
            {
            }
        }
    }

    private async Task<string?> WriteOnceAsync(long personId, long? clinicId, bool replace, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (clinicId is { } id && !await db.Clinics.AnyAsync(c => c.Id == id, ct)) return null;
        // Serializable, so two first asks at once cannot both see "none" and leave two rows for one feed.
        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        var existing = await Of(db, personId, clinicId).OrderBy(f => f.Id).ToListAsync(ct);
        if (!replace && existing.Count > 0) return existing[0].Token;
        db.CalendarFeeds.RemoveRange(existing);
        var feed = new CalendarFeed(personId, clinicId, time.GetUtcNow().UtcDateTime);
        db.CalendarFeeds.Add(feed);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return feed.Token;
    }

    private static IQueryable<CalendarFeed> Of(CmaRenewalDbContext db, long personId, long? clinicId) =>
        clinicId is { } id
            ? db.CalendarFeeds.Where(f => f.PersonId == personId && f.ClinicId == id)
            : db.CalendarFeeds.Where(f => f.PersonId == personId && f.ClinicId == null);

    // Refuses odd input before it reaches the database; the unique index answers the rest.
    private static bool LooksLikeToken(string token) =>
        token.Length == CalendarFeed.TokenLength && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
