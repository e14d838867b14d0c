using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// Leases queued rows to one sender. Every lease changes the row's <see cref="OutboxEmail.Version"/>, so when two
/// senders (on two servers) read the same rows, only the first save wins; the loser drops the rows it lost and
/// keeps the rest.
/// </summary>
internal static class OutboxClaim
{
    // Each retry drops every row someone else took since the read, so a few rounds settle even a busy race.
    private const int MaxSaveRounds = 5;

    /// <summary>
    /// Due rows, oldest first; or, for <paramref name="onlyId"/>, that row if it is queued and free, due or not. Each is
    /// held for <paramref name="lease"/>: after that, a sender that died holding it no longer keeps it from the others.
    /// </summary>
    public static async Task<List<OutboxEmail>> ClaimAsync(
        CmaRenewalDbContext db, DateTime nowUtc, TimeSpan lease, long? onlyId, int limit, CancellationToken ct)
    {
        var free = db.OutboxEmails.Where(e => e.Status == OutboxStatus.Queued && (e.LeasedUntilUtc == null || e.LeasedUntilUtc < nowUtc));
        var candidates = onlyId is { } id ? free.Where(e => e.Id == id) : free.Where(e => e.NextAttemptAtUtc <= nowUtc);
        var emails = await candidates.OrderBy(e => e.NextAttemptAtUtc).ThenBy(e => e.Id).Take(limit).ToListAsync(ct);
        foreach (var email in emails) email.Lease(nowUtc + lease);

        for (var round = 1; emails.Count > 0; round++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return emails;
            }
            catch (DbUpdateConcurrencyException) when (round < MaxSaveRounds)
            {
                emails = await DropTakenAsync(db, emails, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                foreach (var email in emails) db.Entry(email).State = EntityState.Detached;
                return [];
            }
        }
        return emails;
    }

    // The failed save was rolled back as a whole; keep the rows whose version is still the one we read.
    private static async Task<List<OutboxEmail>> DropTakenAsync(CmaRenewalDbContext db, List<OutboxEmail> emails, CancellationToken ct)
    {
        var ids = emails.Select(e => e.Id).ToList();
        var versions = await db.OutboxEmails.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Version }).ToDictionaryAsync(e => e.Id, e => e.Version, ct);
        var kept = new List<OutboxEmail>(emails.Count);
        foreach (var email in emails)
        {
            var entry = db.Entry(email);
            if (versions.TryGetValue(email.Id, out var version) && version == entry.Property(e => e.Version).OriginalValue) kept.Add(email);
            else entry.State = EntityState.Detached;
        }
        return kept;
    }
}
