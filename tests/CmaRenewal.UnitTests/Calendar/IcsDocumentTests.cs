using CmaRenewal.Core.Calendar;
using CmaRenewal.Infrastructure.Calendar;

namespace CmaRenewal.UnitTests.Calendar;

/// <summary>The iCalendar writer on its own: exact lines for a known event and clock, read back as RFC 5545 text.</summary>
public sealed class IcsDocumentTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    private static readonly FeedEvent Event = new(
        "credential-42-cycle-1-expiration@renewals.example.org", D("2027-03-14"), "Expires: BLS-AHA", "Status: On track.",
        new Uri("https://renewals.example.org/people/7#credential-42"));

    [Theory]
    [InlineData("BEGIN:VCALENDAR")]
    [InlineData("PRODID:-//CmaRenewal//Calendar feed//EN")]
    [InlineData("METHOD:PUBLISH")]
    [InlineData("X-WR-CALNAME:CmaRenewal · Maria Lopez")]
    [InlineData("REFRESH-INTERVAL;VALUE=DURATION:PT6H")]
    [InlineData("X-PUBLISHED-TTL:PT6H")]
    [InlineData("UID:credential-42-cycle-1-expiration@renewals.example.org")]
    [InlineData("DTSTAMP:20260615T120000Z")] // the app's clock, not the library's
    [InlineData("DTSTART;VALUE=DATE:20270314")] // a day, no time or zone: never shifted by the reader's zone
    [InlineData("DTEND;VALUE=DATE:20270315")]
    [InlineData("SUMMARY:Expires: BLS-AHA")]
    [InlineData("DESCRIPTION:Status: On track.")]
    [InlineData("URL:https://renewals.example.org/people/7#credential-42")]
    [InlineData("TRANSP:TRANSPARENT")]
    public void Write_HasTheLine(string line)
    {
        var lines = IcsDocument.Write("CmaRenewal · Maria Lopez", [Event], Now).Split("\r\n");

        Assert.Contains(line, lines);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Write_OneVeventPerFeedEvent(int count)
    {
        var events = Enumerable.Range(1, count).Select(i => Event with { Uid = $"event-{i}@renewals.example.org" });

        var lines = IcsDocument.Write("Feed", events, Now).Split("\r\n");

        Assert.Equal(count, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(Enumerable.Range(1, count).Select(i => $"UID:event-{i}@renewals.example.org"), lines.Where(l => l.StartsWith("UID:", StringComparison.Ordinal)));
    }
}
