using System.ComponentModel.DataAnnotations;

namespace CmaRenewal.Infrastructure.Reminders;

/// <summary>Settings under <c>Reminders</c>: when in each person's local day emails go out, and the managers' digest day.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Local time of day from which a day's reminders are sent ("08:00").</summary>
    [Required]
    public TimeOnly SendAt { get; set; } = new(8, 0);

    /// <summary>The weekday managers get their staff digest.</summary>
    [EnumDataType(typeof(DayOfWeek))]
    public DayOfWeek ManagerDigestDay { get; set; } = DayOfWeek.Monday;
}
