using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.People;

/// <summary>Someone the app knows: an assistant holding credentials, a manager or an admin.</summary>
public sealed class Person
{
    public const int EmailMaxLength = 254;
    public const int NameMaxLength = 100;

    // For EF Core, which sets the properties itself.
    private Person()
    {
        Email = FirstName = LastName = "";
    }

    public Person(long clinicId, string email, string firstName, string lastName, PersonRole role, string? timeZone = null)
    {
        ClinicId = Require.Id(clinicId, nameof(clinicId));
        Email = NormalizeEmail(email);
        FirstName = Require.Text(firstName, NameMaxLength, nameof(firstName));
        LastName = Require.Text(lastName, NameMaxLength, nameof(lastName));
        Role = role;
        TimeZone = timeZone is null ? null : IanaTimeZone.Require(timeZone, nameof(timeZone));
        IsActive = true;
    }

    public long Id { get; private set; }

    /// <summary>Home clinic; a manager may manage others too (see <see cref="ClinicManager"/>).</summary>
    public long ClinicId { get; private set; }

    /// <summary>Stored lower-case so uniqueness and look-ups ignore case on every database.</summary>
    public string Email { get; private set; }

    public string FirstName { get; private set; }
    public string LastName { get; private set; }
    public PersonRole Role { get; private set; }

    /// <summary>IANA id; null means the home clinic's zone.</summary>
    public string? TimeZone { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Two-letter code from <see cref="Languages"/>; null means the browser's language decides.</summary>
    public string? Language { get; private set; }

    public EmailPreferences EmailPreferences { get; private set; } = EmailPreferences.AllOn;

    public string FullName => $"{FirstName} {LastName}";

    public void Rename(string firstName, string lastName)
    {
        FirstName = Require.Text(firstName, NameMaxLength, nameof(firstName));
        LastName = Require.Text(lastName, NameMaxLength, nameof(lastName));
    }

    public void ChangeEmail(string email) => Email = NormalizeEmail(email);
    public void ChangeRole(PersonRole role) => Role = role;
    public void MoveToClinic(long clinicId) => ClinicId = Require.Id(clinicId, nameof(clinicId));
    public void UseTimeZone(string? timeZone) => TimeZone = timeZone is null ? null : IanaTimeZone.Require(timeZone, nameof(timeZone));
    public void UseLanguage(string? language) => Language = language is null ? null : Languages.Require(language, nameof(language));

    /// <summary>People leave; they are deactivated rather than deleted so their history and audit trail stay.</summary>
    public void ChangeEmailPreferences(EmailPreferences preferences) =>
        EmailPreferences = preferences ?? throw new ArgumentNullException(nameof(preferences));

    public void Deactivate() => IsActive = false;
    public void Reactivate() => IsActive = true;

    public static string NormalizeEmail(string? email)
    {
        var text = Require.Text(email, EmailMaxLength, nameof(email));
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == text.Length - 1 || text.Contains(' ', StringComparison.Ordinal))
            throw new ArgumentException($"'{text}' is not an email address.", nameof(email));
        return text.ToLowerInvariant();
    }
}
