using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace CmaRenewal.Infrastructure.Mail;

/// <summary>
/// <c>Smtp</c> settings. With no <see cref="Host"/> mail goes to the pickup folder; with one, to that SMTP server.
/// <see cref="From"/> is the sender of every email either way.
/// </summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string Section = "Smtp";
    public const string DefaultFrom = "CmaRenewal <no-reply@cmarenewal.local>";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;

    /// <summary>None, StartTls, SslOnConnect or Auto (TLS on connect for port 465, STARTTLS when offered otherwise).</summary>
    public string Security { get; set; } = nameof(SmtpSecurity.Auto);

    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = DefaultFrom;

    public bool UsesServer => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The validated <see cref="Security"/>; a method so validation, which reads properties, never throws.</summary>
    public SmtpSecurity ResolveSecurity() =>
        TryParseSecurity(Security) ?? throw new InvalidOperationException($"Unknown Smtp:Security '{Security}'.");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Port is < 1 or > 65535)
            yield return new ValidationResult($"Smtp:Port must be between 1 and 65535, not {Port}.", [nameof(Port)]);
        if (TryParseSecurity(Security) is null)
            yield return new ValidationResult(
                $"Smtp:Security must be None, StartTls, SslOnConnect or Auto, not '{Security}'.", [nameof(Security)]);
        if (!MailboxAddress.TryParse(From, out _))
            yield return new ValidationResult($"Smtp:From '{From}' is not an email address.", [nameof(From)]);
        if (string.IsNullOrEmpty(User) != string.IsNullOrEmpty(Password))
            yield return new ValidationResult(
                "Smtp:User and Smtp:Password must be set together (or both left empty for no sign-in).", [nameof(User), nameof(Password)]);
    }

    // Names only, any case: a number would bind to an enum and hide a typo.
    private static SmtpSecurity? TryParseSecurity(string? value) =>
        Enum.GetValues<SmtpSecurity>().Cast<SmtpSecurity?>()
            .FirstOrDefault(s => string.Equals(s.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase));
}

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
    Auto,
}
