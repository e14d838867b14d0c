using CmaRenewal.Core.Notifications;
using CmaRenewal.Infrastructure.Storage;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CmaRenewal.Infrastructure.Mail;

/// <summary>
/// The embedded default when no SMTP server is configured: each email becomes an .eml file in
/// <c>{Storage:DataDirectory}/mail-pickup</c>, readable by any mail client and by tests.
/// </summary>
public sealed class PickupFolderMailTransport(IOptions<StorageOptions> storage, IOptions<SmtpOptions> smtp, TimeProvider time)
    : IMailTransport, IMailBatch
{
    public const string FolderName = "mail-pickup";

    public string Folder => Path.Combine(storage.Value.DataDirectory, FolderName);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        MimeMessage message;
        try { message = MimeMessages.From(mail, smtp.Value.From, time); }
        catch (ParseException e) { throw MailFailures.MalformedAddress(e); }
        try { await WriteAsync(message, cancellationToken); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MailDeliveryException("Cannot write to the pickup folder: check that the data directory exists and is writable.", permanent: false, e);
        }
    }

    // A folder has no connection to share: the batch is the transport itself.
    public Task<IMailBatch> OpenBatchAsync(CancellationToken cancellationToken) => Task.FromResult<IMailBatch>(this);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task WriteAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{time.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        // Written under a temporary name and moved, so a reader never sees half a message.
        var temp = Path.Combine(Folder, name + ".tmp");
        await message.WriteToAsync(temp, cancellationToken);
        File.Move(temp, Path.Combine(Folder, name));
    }
}
