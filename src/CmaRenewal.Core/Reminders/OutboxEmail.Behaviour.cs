using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.Reminders;

public sealed partial class OutboxEmail
{
    /// <summary>Retries back off 1, 2, 4 ... minutes, at most an hour apart, and give up after this many attempts (about a day).</summary>
    public const int MaxAttempts = 30;

    public bool HasBody => HtmlBody is not null && TextBody is not null;

    public void Render(string subject, string htmlBody, string textBody, string? listUnsubscribe)
    {
        Subject = Require.Text(subject, SubjectMaxLength, nameof(subject));
        HtmlBody = htmlBody;
        TextBody = textBody;
        ListUnsubscribe = listUnsubscribe is null ? null : Require.Text(listUnsubscribe, UrlMaxLength, nameof(listUnsubscribe));
        Touch();
    }

    public void Lease(DateTime untilUtc)
    {
        LeasedUntilUtc = Require.Utc(untilUtc, nameof(untilUtc));
        Touch();
    }

    public void MarkSent(DateTime nowUtc)
    {
        Status = OutboxStatus.Sent;
        Attempts++;
        SentAtUtc = Require.Utc(nowUtc, nameof(nowUtc));
        LeasedUntilUtc = null;
        LastError = null;
        if (IsSensitive) HtmlBody = TextBody = null;
        Touch();
    }

    /// <summary>A failure that may pass (connection refused, a 4xx answer): try again later, or give up after <see cref="MaxAttempts"/>.</summary>
    public void RetryLater(string error, DateTime nowUtc)
    {
        Attempts++;
        LastError = Trim(error);
        LeasedUntilUtc = null;
        if (Attempts >= MaxAttempts)
        {
            Status = OutboxStatus.Failed;
            LastError = Trim($"Gave up after {Attempts} attempts. Last error: {error}");
        }
        else
        {
            NextAttemptAtUtc = Require.Utc(nowUtc, nameof(nowUtc)).Add(Backoff(Attempts));
        }
        Touch();
    }

    /// <summary>A refusal that will not pass (a 5xx answer, a malformed address): no more tries until an admin resends.</summary>
    public void Fail(string error, DateTime nowUtc)
    {
        Attempts++;
        Status = OutboxStatus.Failed;
        LastError = Trim(error);
        LeasedUntilUtc = null;
        NextAttemptAtUtc = Require.Utc(nowUtc, nameof(nowUtc));
        Touch();
    }

    /// <summary>An admin's resend: back in the queue for the next sender run, same Message-ID.</summary>
    public void Requeue(DateTime nowUtc)
    {
        if (IsSensitive && !HasBody)
            throw new InvalidOperationException("This account email's link has been erased since it was sent; ask the person to request a new one.");
        Status = OutboxStatus.Queued;
        Attempts = 0;
        NextAttemptAtUtc = Require.Utc(nowUtc, nameof(nowUtc));
        LeasedUntilUtc = null;
        Touch();
    }

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Max(0, attempts - 1))));

    private static string Trim(string error) => error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];

    private void Touch() => Version = Guid.NewGuid();
}
