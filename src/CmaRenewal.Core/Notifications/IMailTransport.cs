namespace CmaRenewal.Core.Notifications;

/// <summary>
/// Hands finished emails to whatever delivers them (an SMTP server, or a pickup folder when none is set).
/// Everything that sends mail — identity emails, invitations, reminders — goes through this one port.
/// Delivery failures surface as <see cref="MailDeliveryException"/>, which says whether trying again can help.
/// </summary>
public interface IMailTransport
{
    /// <summary>Sends one email on a connection of its own.</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);

    /// <summary>
    /// Opens a batch that sends many emails over one connection. A refusal of one email leaves the batch usable for
    /// the next; a dropped connection is reopened once for the next email.
    /// </summary>
    Task<IMailBatch> OpenBatchAsync(CancellationToken cancellationToken);
}

/// <summary>Emails sent one after another over one connection; disposing closes it.</summary>
public interface IMailBatch : IAsyncDisposable
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>
/// An email ready to send: an HTML body and its plain-text twin. <see cref="MessageId"/> is stable when set;
/// <see cref="ListUnsubscribe"/>, when set, becomes a one-click List-Unsubscribe header (RFC 8058).
/// </summary>
public sealed record OutgoingMail(string To, string Subject, string HtmlBody, string TextBody, string? MessageId = null, string? ListUnsubscribe = null);
