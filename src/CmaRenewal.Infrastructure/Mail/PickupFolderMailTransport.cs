using CmaRenewal.Core.Notifications;
using CmaRenewal.Infrastructure.Storage;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CmaRenewal.Infrastructure.Mail;

/// <summary>
/// The embedded default when no SMTP server is configured: each email becomes an .eml file in
/// <c>{Storage:DataDirectory}/mail-pickup</c>, readable by any mail client and by tests.
/// </summary>
public sealed class PickupFolderMailTransport(IOptions<StorageOptions> storage, TimeProvider time) : IMailTransport
{
    public const string FolderName = "mail-pickup";

    public string Folder => Path.Combine(storage.Value.DataDirectory, FolderName);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        Directory.CreateDirectory(Folder);
        var message = MimeMessages.From(mail, "CmaRenewal <no-reply@cmarenewal.local>", time);
        var name = $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        // Written under a temporary name and moved, so a reader never sees half a message.
        var temp = Path.Combine(Folder, name + ".tmp");
        await message.WriteToAsync(temp, cancellationToken);
        File.Move(temp, Path.Combine(Folder, name));
    }
}

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
