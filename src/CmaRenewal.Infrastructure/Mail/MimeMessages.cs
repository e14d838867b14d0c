using CmaRenewal.Core.Notifications;
using MimeKit;

namespace CmaRenewal.Infrastructure.Mail;

/// <summary>Builds the MIME message for an <see cref="OutgoingMail"/>: HTML with its plain-text alternative.</summary>
public static class MimeMessages
{
    public static MimeMessage From(OutgoingMail mail, string from, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(time);
        var message = new MimeMessage { Subject = mail.Subject, Date = time.GetUtcNow() };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.To));
        if (mail.MessageId is not null) message.MessageId = mail.MessageId;
        if (mail.ListUnsubscribe is not null)
        {
            message.Headers.Add("List-Unsubscribe", $"<{mail.ListUnsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.Body = new BodyBuilder { HtmlBody = mail.HtmlBody, TextBody = mail.TextBody }.ToMessageBody();
        return message;
    }
}
