using CmaRenewal.Core.Notifications;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// Delivers the outbox: leases due rows, renders reminders emails that have no body yet (and stores the body first,
/// so every retry sends the same content under the same Message-ID), sends them over one connection, and records
/// each outcome as soon as it is known, so a crash mid-batch never sends an already-sent email again.
/// </summary>
public sealed partial class OutboxSender(
    IDbContextFactory<CmaRenewalDbContext> factory,
    IMailTransport transport,
    TimeProvider time,
    ILogger<OutboxSender> logger,
    IOutboxRenderer? renderer = null,
    IOptions<ReminderOptions>? options = null,
    CmaMetrics? metrics = null) : IOutboxSending
{
    public const int BatchSize = 500;

    // A run stops after this many batches even if more keep arriving; the next run carries on.
    private const int MaxBatchesPerRun = 20;

    private readonly IOutboxRenderer renderer = renderer ?? PlainOutboxRenderer.Instance;
    private readonly TimeSpan lease = options?.Value.SendLease ?? ReminderOptions.DefaultSendLease;

    public async Task<SendReport> SendDueAsync(CancellationToken ct)
    {
        var total = SendReport.Nothing;
        for (var i = 0; i < MaxBatchesPerRun; i++)
        {
            if (await SendBatchAsync(onlyId: null, ct) is not { } report) break;
            total = new SendReport(total.Sent + report.Sent, total.WillRetry + report.WillRetry, total.Failed + report.Failed);
        }
        return total;
    }

    /// <summary>Sends one queued email now, due or not (an account email just made); nothing if another sender holds it.</summary>
    public async Task<SendReport> SendOneAsync(long emailId, CancellationToken ct) =>
        await SendBatchAsync(emailId, ct) ?? SendReport.Nothing;

    /// <summary>Null when nothing was claimed.</summary>
    private async Task<SendReport?> SendBatchAsync(long? onlyId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var emails = await OutboxClaim.ClaimAsync(db, Now(), lease, onlyId, BatchSize, ct);
        if (emails.Count == 0) return null;

        var ready = await OutboxRendering.RenderMissingAsync(db, emails, renderer, logger, Now, ct);
        // From here each outcome is saved alone: a context tracking the whole batch would re-scan it on every save.
        db.ChangeTracker.Clear();
        var unrendered = emails.Except(ready).ToList();
        var (sent, retry, failed) = (0, unrendered.Count(e => e.Status == OutboxStatus.Queued), unrendered.Count(e => e.Status == OutboxStatus.Failed));
        await using var batch = await transport.OpenBatchAsync(ct);
        foreach (var email in ready)
        {
            if (!LeaseHoldsForOneMoreSend(email))
            {
                // Left leased and queued: once the lease runs out, the next run (here or on another server) sends it.
                retry++;
                continue;
            }
            var failure = await TrySendAsync(batch, email);
            switch (await RecordAsync(db, email, failure))
            {
                case OutboxStatus.Sent: sent++; break;
                case OutboxStatus.Failed: failed++; break;
                default: retry++; break;
            }
            ct.ThrowIfCancellationRequested();
        }
        return new SendReport(sent, retry, failed);
    }

    /// <summary>
    /// Whether half the lease is still ahead. Another sender may take the row the moment the lease runs out, so an
    /// email is begun only while a whole send (each SMTP command may take the transport's timeout) surely ends before
    /// that; a batch slowed down (a busy database, a slow server) leaves the rest for a later run instead.
    /// </summary>
    private bool LeaseHoldsForOneMoreSend(OutboxEmail email) => Now() + lease / 2 < email.LeasedUntilUtc;

    /// <summary>
    /// Sends one email. Not cancellable once begun: cancelled after the server took the message but before its answer
    /// arrived, the email would count as unsent and go out again. The transport's timeout bounds the wait; the batch
    /// stops at the next email instead.
    /// </summary>
    private static async Task<MailDeliveryException?> TrySendAsync(IMailBatch batch, OutboxEmail email)
    {
        try
        {
            await batch.SendAsync(new OutgoingMail(email.ToAddress, email.Subject, email.HtmlBody!, email.TextBody!, email.MessageId, email.ListUnsubscribe), CancellationToken.None);
            return null;
        }
        catch (MailDeliveryException e)
        {
            return e;
        }
    }

    /// <summary>Saves the outcome at once. Not cancellable: the email has left, and forgetting that would send it again.</summary>
    private async Task<OutboxStatus> RecordAsync(CmaRenewalDbContext db, OutboxEmail email, MailDeliveryException? failure)
    {
        // Attached as leased: the save then checks that the row still carries our lease's version.
        db.OutboxEmails.Attach(email);
        var domain = DomainOf(email.ToAddress);
        if (failure is null)
        {
            email.MarkSent(Now());
            LogSent(logger, email.Id, domain);
        }
        else if (failure.Permanent)
        {
            email.Fail(failure.Reason, Now());
            LogFailed(logger, failure.InnerException, email.Id, domain, failure.Reason);
        }
        else
        {
            email.RetryLater(failure.Reason, Now());
            LogRetry(logger, failure.InnerException, email.Id, domain, email.Attempts, failure.Reason);
        }

        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
            metrics?.Recorded(email.Status);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Only after our lease ran out and another sender took the row; its outcome is the one that counts now.
            LogLeaseLost(logger, email.Id);
        }
        db.ChangeTracker.Clear();
        return email.Status;
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..];

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox email {EmailId} to @{Domain} sent")]
    private static partial void LogSent(ILogger logger, long emailId, string domain);

    // The row keeps the reason in words for the outbox page; what was thrown (if anything) is logged here.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox email {EmailId} to @{Domain} failed for good: {Reason}")]
    private static partial void LogFailed(ILogger logger, Exception? exception, long emailId, string domain, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox email {EmailId} to @{Domain} will be retried (attempt {Attempts}): {Reason}")]
    private static partial void LogRetry(ILogger logger, Exception? exception, long emailId, string domain, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox email {EmailId}: another sender took it over after our lease ran out")]
    private static partial void LogLeaseLost(ILogger logger, long emailId);
}
