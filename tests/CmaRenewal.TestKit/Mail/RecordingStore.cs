using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CmaRenewal.TestKit.Mail;

/// <summary>Keeps every accepted message, parsed, with its envelope recipients.</summary>
internal sealed class RecordingStore : MessageStore
{
    public ConcurrentQueue<ReceivedMail> Messages { get; } = new();

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        await using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        Messages.Enqueue(new ReceivedMail(message, [.. transaction.To.Select(m => $"{m.User}@{m.Host}")]));
        return SmtpResponse.Ok;
    }
}
