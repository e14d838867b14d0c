using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Features.Admin.Outbox;

/// <summary>
/// An admin's resend: the email goes back in the queue with its Message-ID, then the sender runs at once when one
/// is registered (otherwise the next send-outbox run takes it).
/// </summary>
public sealed class OutboxResend(IDbContextFactory<CmaRenewalDbContext> factory, TimeProvider time, IOutboxSending sending)
{
    public async Task<AdminOutcome> ResendAsync(long id, CancellationToken ct)
    {
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var email = await db.OutboxEmails.SingleOrDefaultAsync(e => e.Id == id, ct);
            if (email is null) return AdminOutcome.Fail("That email no longer exists.");
            if (email.Status == OutboxStatus.Queued) return AdminOutcome.Fail("That email is already waiting to be sent.");
            try
            {
                email.Requeue(time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
            }
            catch (InvalidOperationException ex)
            {
                return AdminOutcome.Fail(ex.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                return AdminOutcome.Fail(AdminOutcome.ChangedMeanwhile);
            }
        }
        // Sent right away (the admin is watching); anything refused again is on the row with its reason.
        await sending.SendDueAsync(ct);
        return AdminOutcome.Done;
    }
}
