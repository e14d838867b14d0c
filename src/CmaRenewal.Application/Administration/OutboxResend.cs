using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Administration;

/// <summary>
/// An admin's resend: the email goes back in the queue with its Message-ID, then the sender runs at once when one
/// is registered (otherwise the next send-outbox run takes it). Done with the email's id.
/// </summary>
public sealed class OutboxResend(IDbContextFactory<CmaRenewalDbContext> factory, TimeProvider time, IOutboxSending sending)
{
    private static readonly AppText Text = new(typeof(OutboxResend));

    public static string Gone => Text["Gone"];

    public async Task<UseCaseResult<long>> ResendAsync(AccessScope actor, long id, CancellationToken ct)
    {
        if (AdminOnly.Refusal<long>(actor) is { } refused) return refused;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var email = await db.OutboxEmails.SingleOrDefaultAsync(e => e.Id == id, ct);
            if (email is null) return UseCaseResult<long>.NotFound(Gone);
            if (email.Status == OutboxStatus.Queued) return UseCaseResult<long>.Conflict(Text["AlreadyQueued"]);
            try
            {
                email.Requeue(time.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(ct);
            }
            catch (InvalidOperationException ex)
            {
                return UseCaseResult<long>.Invalid("Status", ex.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                return UseCaseResult<long>.Conflict(AdminOnly.ChangedMeanwhile);
            }
        }
        // Sent right away (the admin is watching); anything refused again is on the row with its reason.
        await sending.SendDueAsync(ct);
        return UseCaseResult<long>.Done(id);
    }
}
