using System.ComponentModel.DataAnnotations;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>
/// Settings under <c>Reminders</c>: when in each person's local day emails go out, the managers' digest day, and how
/// long a sender holds the outbox emails it claimed.
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";
    public static readonly TimeSpan DefaultSendLease = TimeSpan.FromMinutes(5);

    /// <summary>Local time of day from which a day's reminders are sent ("08:00").</summary>
    [Required]
    public TimeOnly SendAt { get; set; } = new(8, 0);

    /// <summary>The weekday managers get their staff digest.</summary>
    [EnumDataType(typeof(DayOfWeek))]
    public DayOfWeek ManagerDigestDay { get; set; } = DayOfWeek.Monday;

    /// <summary>
    /// How long a sender holds the emails it claimed. Another server takes them over only after this, so it must be
    /// longer than a batch ever takes to send (else an email could go twice); shorter means a server that died
    /// mid-send delays its emails less.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Reminders:SendLease must be between 00:00:01 and 01:00:00.")]
    public TimeSpan SendLease { get; set; } = DefaultSendLease;
}
