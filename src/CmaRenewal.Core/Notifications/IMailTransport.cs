namespace CmaRenewal.Core.Notifications;

/// <summary>
/// Hands one finished email to whatever delivers it (an SMTP server, or a pickup folder when none is set).
/// Everything that sends mail — identity emails, invitations, reminders — goes through this one port.
/// </summary>
public interface IMailTransport
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>
/// An email ready to send: an HTML body and its plain-text twin. <see cref="MessageId"/> is stable when set;
/// <see cref="ListUnsubscribe"/>, when set, becomes a one-click List-Unsubscribe header (RFC 8058).
/// </summary>
public sealed record OutgoingMail(string To, string Subject, string HtmlBody, string TextBody, string? MessageId = null, string? ListUnsubscribe = null);
