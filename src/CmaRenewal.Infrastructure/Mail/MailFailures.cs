using System.Net.Sockets;
using CmaRenewal.Core.Notifications;
using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace CmaRenewal.Infrastructure.Mail;

/// <summary>Turns what MailKit and MimeKit throw into <see cref="MailDeliveryException"/>: permanent or worth a retry.</summary>
internal static class MailFailures
{
    /// <summary>The server answered: 5xx will be answered again (permanent), 4xx may pass.</summary>
    public static MailDeliveryException Refused(SmtpCommandException e)
    {
        var code = (int)e.StatusCode;
        return new MailDeliveryException($"SMTP {code} ({e.ErrorCode}): {e.Message}", permanent: code >= 500, e);
    }

    // The reason is shown on the outbox page, so it is said in words; the exception itself goes to the log.
    public static MailDeliveryException MalformedAddress(ParseException e) =>
        new("Malformed address: the recipient's or sender's address cannot be read.", permanent: true, e);

    public static MailDeliveryException Unreachable(string server, Exception e) =>
        new($"Cannot deliver through {server}: {Words(e)}", permanent: false, e);

    private static string Words(Exception e) => e switch
    {
        MailKit.Security.AuthenticationException => "the mail server refused the sign-in (check Smtp:User and Smtp:Password).",
        MailKit.Security.SslHandshakeException or System.Security.Authentication.AuthenticationException =>
            "the secure connection failed (check Smtp:Security and the server's certificate).",
        TimeoutException => "the mail server did not answer in time.",
        _ => "the mail server cannot be reached or dropped the connection.",
    };

    /// <summary>The connection is lost or unusable (refused, dropped, timed out, garbled, TLS or sign-in failed).</summary>
    public static bool IsConnectionFailure(Exception e) =>
        e is SocketException or IOException or TimeoutException or SmtpProtocolException or ServiceNotConnectedException
            or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException
            or System.Security.Authentication.AuthenticationException;
}
