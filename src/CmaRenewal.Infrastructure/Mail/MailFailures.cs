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

    public static MailDeliveryException MalformedAddress(ParseException e) =>
        new($"Malformed address: {e.Message}", permanent: true, e);

    public static MailDeliveryException Unreachable(string server, Exception e) =>
        new($"Cannot deliver through {server}: {e.GetType().Name}: {e.Message}", permanent: false, e);

    /// <summary>The connection is lost or unusable (refused, dropped, timed out, garbled, TLS or sign-in failed).</summary>
    public static bool IsConnectionFailure(Exception e) =>
        e is SocketException or IOException or TimeoutException or SmtpProtocolException or ServiceNotConnectedException
            or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException
            or System.Security.Authentication.AuthenticationException;
}
