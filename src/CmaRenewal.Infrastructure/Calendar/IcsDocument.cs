using CmaRenewal.Core.Calendar;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CmaRenewal.Infrastructure.Calendar;

/// <summary>Writes feed events as an iCalendar (RFC 5545) document with Ical.Net.</summary>
public static class IcsDocument
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>How often calendar apps are asked to fetch again (RFC 7986 REFRESH-INTERVAL, and Outlook's X-PUBLISHED-TTL).</summary>
    public const string RefreshEvery = "PT6H";

    public static string Write(string name, IEnumerable<FeedEvent> events, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(events);
        var calendar = new Ical.Net.Calendar { ProductId = "-//CmaRenewal//Calendar feed//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", RefreshEvery);
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.AddProperty(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", RefreshEvery);
        // DTSTAMP is when this copy was written; set from the app's clock rather than the library's.
        var stamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId);
        foreach (var e in events)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = e.Uid,
                DtStamp = stamp,
                // A DATE value (no time, no zone): the milestone's day wherever the calendar is opened.
                DtStart = new CalDateTime(e.Date),
                DtEnd = new CalDateTime(e.Date.AddDays(1)),
                Summary = e.Summary,
                Description = e.Description,
                Url = e.Link,
                Transparency = "TRANSPARENT",
            });
        }
        return new CalendarSerializer(calendar).SerializeToString() ?? "";
    }
}
