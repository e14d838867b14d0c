using CmaRenewal.Core.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.Mail;

/// <summary>Delivers through the SMTP server named by <c>Smtp:Host</c> (MailKit).</summary>
public sealed class SmtpMailTransport(IOptions<SmtpOptions> options, TimeProvider time, ILogger<SmtpMailTransport> logger) : IMailTransport
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        await using var batch = new SmtpMailBatch(options.Value, time, logger);
        await batch.SendAsync(mail, cancellationToken);
    }

    public Task<IMailBatch> OpenBatchAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IMailBatch>(new SmtpMailBatch(options.Value, time, logger));
}
