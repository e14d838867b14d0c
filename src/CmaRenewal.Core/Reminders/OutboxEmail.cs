using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.Reminders;

public enum OutboxStatus
{
    Queued,
    Sent,

    /// <summary>Refused for good (a 5xx answer, a bad address) or out of retries; shown to admins with the reason.</summary>
    Failed,
}

/// <summary>Why an email exists: a person's daily reminders (at most one per person and local day) or an account email.</summary>
public enum OutboxPurpose
{
    Reminders,
    Account,

    /// <summary>A one-off email about a decision or a request (a rejected CE entry, a manager's nudge), rendered when queued.</summary>
    Notice,
}

/// <summary>
/// An email waiting to be sent, sent, or failed. Nothing leaves the app without first being a row here, so a crash,
/// an SMTP outage or a refusal never loses one. <see cref="MessageId"/> is fixed when the row is made, so every
/// retry carries the same Message-ID and a receiver can tell a repeat.
/// </summary>
public sealed partial class OutboxEmail
{
    public const int AddressMaxLength = 254;
    public const int SubjectMaxLength = 300;
    public const int ErrorMaxLength = 1000;
    public const int DigestKeyMaxLength = 80;
    public const int UrlMaxLength = 2000;

    // For EF Core.
    private OutboxEmail()
    {
        ToAddress = Subject = MessageId = "";
    }

    private OutboxEmail(OutboxPurpose purpose, string toAddress, string subject, DateTime createdAtUtc)
    {
        Purpose = purpose;
        ToAddress = Require.Text(toAddress, AddressMaxLength, nameof(toAddress));
        Subject = Require.Text(subject, SubjectMaxLength, nameof(subject));
        CreatedAtUtc = NextAttemptAtUtc = Require.Utc(createdAtUtc, nameof(createdAtUtc));
        MessageId = $"{Guid.NewGuid():N}@cmarenewal";
        Version = Guid.NewGuid();
    }

    /// <summary>A person's reminders for one local day; the bodies are rendered when it is first sent or previewed.</summary>
    public static OutboxEmail ForReminders(long personId, string toAddress, DateOnly day, string subject, DateTime createdAtUtc) =>
        new(OutboxPurpose.Reminders, toAddress, subject, createdAtUtc)
        {
            RecipientPersonId = Require.Id(personId, nameof(personId)),
            Day = day,
            DigestKey = DigestKeyFor(personId, day),
        };

    /// <summary>
    /// An account email (confirmation, reset, invitation), rendered now. Its links sign someone in, so it is marked
    /// sensitive: the bodies are hidden from the outbox preview and erased once sent.
    /// </summary>
    public static OutboxEmail ForAccount(string toAddress, string subject, string htmlBody, string textBody, DateTime createdAtUtc) =>
        new(OutboxPurpose.Account, toAddress, subject, createdAtUtc) { HtmlBody = htmlBody, TextBody = textBody, IsSensitive = true };

    /// <summary>
    /// A notice to one person, rendered now. <paramref name="onceKey"/>, when given, is unique like a digest key: a second
    /// notice with the same key (a second nudge on the same day) cannot be stored, whoever tries.
    /// </summary>
    public static OutboxEmail ForNotice(long personId, string toAddress, string subject, string htmlBody, string textBody, string? onceKey,
        DateTime createdAtUtc) =>
        new(OutboxPurpose.Notice, toAddress, subject, createdAtUtc)
        {
            RecipientPersonId = Require.Id(personId, nameof(personId)),
            DigestKey = Require.OptionalText(onceKey, DigestKeyMaxLength, nameof(onceKey)),
            HtmlBody = htmlBody,
            TextBody = textBody,
        };

    public static string DigestKeyFor(long personId, DateOnly day) => FormattableString.Invariant($"{personId}/{day:yyyy-MM-dd}");

    public long Id { get; private set; }
    public OutboxPurpose Purpose { get; private set; }
    public long? RecipientPersonId { get; private set; }

    /// <summary>Unique: one reminders email per person and local day, whoever plans it.</summary>
    public string? DigestKey { get; private set; }

    public DateOnly? Day { get; private set; }
    public string ToAddress { get; private set; }
    public string Subject { get; private set; }
    public string? HtmlBody { get; private set; }

    /// <summary>The one-click unsubscribe address for the List-Unsubscribe header (RFC 8058); null for account emails.</summary>
    public string? ListUnsubscribe { get; private set; }

    public string? TextBody { get; private set; }
    public bool IsSensitive { get; private set; }
    public string MessageId { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }

    /// <summary>While a sender holds the row: others leave it alone until then (a crashed sender's lease runs out).</summary>
    public DateTime? LeasedUntilUtc { get; private set; }

    public string? LastError { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }

    /// <summary>Concurrency token: two senders cannot both claim the row.</summary>
    public Guid Version { get; private set; }
}
