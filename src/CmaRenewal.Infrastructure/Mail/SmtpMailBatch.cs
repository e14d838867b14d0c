using CmaRenewal.Core.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace CmaRenewal.Infrastructure.Mail;

/// <summary>
/// One SMTP connection for many emails. It connects on the first email, so a server that is down shows up as that
/// email's (transient) failure. A refusal of one email keeps the connection; a lost connection is reopened once for
/// the next email, and if that fails too the rest of the batch fails at once instead of waiting on a dead server.
/// </summary>
internal sealed partial class SmtpMailBatch(SmtpOptions options, TimeProvider time, ILogger logger) : IMailBatch
{
    // MailKit waits two minutes by default; a healthy server answers in far less, and a batch should not stall that long.
    private const int TimeoutMilliseconds = 30_000;

    private readonly SmtpClient client = new() { Timeout = TimeoutMilliseconds };
    private readonly string host = options.Host ?? throw new InvalidOperationException("Smtp:Host is not set.");
    private readonly string server = $"{options.Host}:{options.Port}";
    private int connectionFailuresInARow;
    private string? givenUpBecause;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        if (givenUpBecause is not null) throw new MailDeliveryException(givenUpBecause, permanent: false);
        MimeMessage message;
        try { message = MimeMessages.From(mail, options.From, time); }
        catch (ParseException e) { throw MailFailures.MalformedAddress(e); }

        try
        {
            if (!client.IsConnected) await ConnectAsync(cancellationToken);
            await client.SendAsync(message, cancellationToken);
            connectionFailuresInARow = 0;
        }
        // MailKit resets the transaction after a refused command, so the connection serves the next email.
        catch (SmtpCommandException e) { throw MailFailures.Refused(e); }
        catch (ParseException e) { throw MailFailures.MalformedAddress(e); }
        catch (Exception e) when (MailFailures.IsConnectionFailure(e))
        {
            var failure = MailFailures.Unreachable(server, e);
            LogConnectionLost(logger, e, server, failure.Reason);
            await DisconnectQuietlyAsync();
            if (++connectionFailuresInARow >= 2) givenUpBecause = failure.Reason;
            throw failure;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisconnectQuietlyAsync();
        client.Dispose();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        await client.ConnectAsync(host, options.Port, SocketOptions(options.ResolveSecurity()), cancellationToken);
        if (!string.IsNullOrEmpty(options.User)) await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
        LogConnected(logger, server);
    }

    private async Task DisconnectQuietlyAsync()
    {
        if (!client.IsConnected) return;
        // QUIT is a courtesy: the emails are already accepted or failed, and a server that went away cannot hear it.
        try { await client.DisconnectAsync(quit: true, CancellationToken.None); }
        catch (Exception e) when (MailFailures.IsConnectionFailure(e) || e is SmtpCommandException) { }
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connected to SMTP server {Server}")]
    private static partial void LogConnected(ILogger logger, string server);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMTP connection to {Server} failed: {Reason}")]
    private static partial void LogConnectionLost(ILogger logger, Exception exception, string server, string reason);
}
