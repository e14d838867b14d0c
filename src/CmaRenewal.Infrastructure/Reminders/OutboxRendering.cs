using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// Renders the reminders emails of a claimed batch that have no body yet and saves the bodies before anything is
/// sent: a retry then sends exactly what the first attempt sent, even if a reminder's template changed in between.
/// </summary>
internal static partial class OutboxRendering
{
    /// <summary>The emails ready to send; one that cannot be rendered is put back for a later try.</summary>
    public static async Task<List<OutboxEmail>> RenderMissingAsync(CmaRenewalDbContext db, List<OutboxEmail> emails,
        IOutboxRenderer renderer, ILogger logger, Func<DateTime> now, CancellationToken ct)
    {
        var missing = emails.Where(e => !e.HasBody).Select(e => e.Id).ToList();
        if (missing.Count == 0) return emails;
        var reminders = (await db.Reminders.AsNoTracking()
                .Where(r => r.EmailId != null && missing.Contains(r.EmailId.Value))
                .OrderBy(r => r.Id).ToListAsync(ct))
            .ToLookup(r => r.EmailId!.Value);
        // Each email reads in its recipient's language: one question for the whole batch, not one per email.
        var recipients = emails.Where(e => !e.HasBody && e.RecipientPersonId is not null).Select(e => e.RecipientPersonId!.Value).Distinct().ToList();
        var languages = await db.People.AsNoTracking().Where(p => recipients.Contains(p.Id))
            .Select(p => new { p.Id, p.Language }).ToDictionaryAsync(p => p.Id, p => p.Language, ct);

        var ready = new List<OutboxEmail>(emails.Count);
        foreach (var email in emails)
        {
            var language = email.RecipientPersonId is { } personId ? languages.GetValueOrDefault(personId) : null;
            if (!email.HasBody && !await TryRenderAsync(email, reminders[email.Id].ToList(), language, renderer, logger, now, ct)) continue;
            ready.Add(email);
        }
        await db.SaveChangesAsync(ct);
        return ready;
    }

    private static async Task<bool> TryRenderAsync(OutboxEmail email, IReadOnlyList<Reminder> reminders, string? language,
        IOutboxRenderer renderer, ILogger logger, Func<DateTime> now, CancellationToken ct)
    {
        try
        {
            var r = await renderer.RenderAsync(email, reminders, language, ct);
            email.Render(r.Subject, r.HtmlBody, r.TextBody, r.ListUnsubscribe);
            return true;
        }
        // A broken template or payload is a bug to fix, not a reason to stop the batch; the row waits with the reason.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            email.RetryLater("Rendering failed: the email could not be built from its template; the error is in the server log.", now());
            LogRenderFailed(logger, e, email.Id);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox email {EmailId} could not be rendered")]
    private static partial void LogRenderFailed(ILogger logger, Exception exception, long emailId);
}
