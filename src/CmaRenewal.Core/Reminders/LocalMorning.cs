namespace CmaRenewal.Core.Reminders;

/// <summary>
/// Which day's reminders are due for someone right now: today in their zone once the send time has passed there,
/// else yesterday. Because it asks "has the time passed" rather than "is it the hour", an hourly planner neither skips
/// a day when clocks spring forward over the send time nor sends twice when an hour repeats; the outbox keys absorb
/// the repeated runs.
/// </summary>
public static class LocalMorning
{
    public static readonly TimeOnly DefaultSendAt = new(8, 0);

    public static DateOnly ReminderDay(DateTimeOffset now, TimeZoneInfo zone, TimeOnly sendAt)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        return TimeOnly.FromDateTime(local.DateTime) >= sendAt ? today : today.AddDays(-1);
    }
}
