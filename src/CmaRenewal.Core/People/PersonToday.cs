namespace CmaRenewal.Core.People;

/// <summary>
/// "Today" for one person: the calendar date in their own zone, else their clinic's, never the server's. Due dates,
/// as-of defaults and "not in the future" checks are all judged on it, so there is one rule for every caller.
/// </summary>
public static class PersonToday
{
    /// <summary>
    /// The zone a person's day is judged in: their own if set, else their clinic's. A blank zone, or one this machine's
    /// tz database lacks, falls back to UTC rather than failing the page, the import or everyone's reminders: zones are
    /// validated when saved, so this only happens when hosts differ.
    /// </summary>
    public static TimeZoneInfo ZoneOf(string? personZone, string? clinicZone = null)
    {
        var id = string.IsNullOrWhiteSpace(personZone) ? clinicZone : personZone;
        return !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    /// <summary>The date it is at <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static DateOnly In(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }

    /// <summary>Today for a person whose own zone is <paramref name="personZone"/> and clinic's is <paramref name="clinicZone"/>.</summary>
    public static DateOnly Of(TimeProvider time, string? personZone, string? clinicZone = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        return In(time.GetUtcNow(), ZoneOf(personZone, clinicZone));
    }
}
