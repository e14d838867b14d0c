namespace CmaRenewal.Core.Notifications;

/// <summary>
/// An email was not delivered. <see cref="Permanent"/> failures (a 5xx answer, a malformed address) will fail the
/// same way again; the others (server down, timeout, a 4xx answer) may pass, so the email is retried later.
/// <see cref="Reason"/> names what went wrong without any of the email's content.
/// </summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException(string reason, bool permanent, Exception? innerException = null)
        : base(reason, innerException)
    {
        Reason = reason;
        Permanent = permanent;
    }

    public string Reason { get; }
    public bool Permanent { get; }
}
