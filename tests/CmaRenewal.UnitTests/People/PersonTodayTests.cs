using System.Globalization;
using CmaRenewal.Core.People;

namespace CmaRenewal.UnitTests.People;

public sealed class PersonTodayTests
{
    private static DateTimeOffset Utc(string instant) =>
        DateTimeOffset.ParseExact(instant, "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string? Zone(string text) => text == "null" ? null : text;

    [Theory]
    [InlineData("2027-03-14T03:59Z", "America/New_York", "null", "2027-03-13")] // 22:59 EST the evening before
    [InlineData("2027-03-14T04:59Z", "America/New_York", "null", "2027-03-13")] // 23:59 EST
    [InlineData("2027-03-14T05:00Z", "America/New_York", "null", "2027-03-14")] // midnight EST
    [InlineData("2027-03-14T07:00Z", "America/New_York", "null", "2027-03-14")] // 03:00 EDT: the skipped hour changes nothing
    [InlineData("2027-03-15T03:59Z", "America/New_York", "null", "2027-03-14")] // 23:59 EDT
    [InlineData("2027-03-15T04:00Z", "America/New_York", "null", "2027-03-15")] // midnight EDT: a day now ends an hour earlier in UTC
    [InlineData("2027-11-07T04:59Z", "America/New_York", "null", "2027-11-07")] // 00:59 EDT, the night clocks go back
    [InlineData("2027-11-07T05:00Z", "America/New_York", "null", "2027-11-07")] // 01:00 EDT, still the same day
    [InlineData("2027-11-08T04:59Z", "America/New_York", "null", "2027-11-07")] // 23:59 EST
    [InlineData("2027-11-08T05:00Z", "America/New_York", "null", "2027-11-08")] // midnight EST
    [InlineData("2027-06-01T09:59Z", "Pacific/Honolulu", "null", "2027-05-31")] // UTC-10, no DST
    [InlineData("2027-12-31T10:00Z", "Pacific/Kiritimati", "null", "2028-01-01")] // UTC+14: New Year's Day already
    [InlineData("2027-06-01T06:59Z", "null", "America/Los_Angeles", "2027-05-31")] // no own zone: the clinic's
    [InlineData("2027-06-01T06:59Z", "", "America/Los_Angeles", "2027-05-31")] // blank own zone: the clinic's
    [InlineData("2027-06-01T06:59Z", "America/Chicago", "America/Los_Angeles", "2027-06-01")] // own zone wins over the clinic's
    [InlineData("2027-06-01T23:59Z", "null", "null", "2027-06-01")] // no zone at all: UTC
    [InlineData("2027-06-01T23:59Z", "", "  ", "2027-06-01")] // blank zones: UTC
    [InlineData("2027-06-01T23:59Z", "Mars/Olympus_Mons", "null", "2027-06-01")] // unknown zone: UTC, no exception
    [InlineData("2027-06-01T23:59Z", "Mars/Olympus_Mons", "America/Los_Angeles", "2027-06-01")] // unknown own zone: UTC, not the clinic's
    [InlineData("2027-06-02T00:00Z", "UTC", "null", "2027-06-02")]
    public void Of_IsTheDateInTheOwnElseClinicZone_UtcWhenUnknownOrBlank(string now, string personZone, string clinicZone, string expected)
    {
        var time = TestClock.Create(Utc(now));
        Assert.Equal(D(expected), PersonToday.Of(time, Zone(personZone), Zone(clinicZone)));
    }

    [Theory]
    [InlineData("America/Chicago", "null", "America/Chicago")]
    [InlineData("null", "Europe/London", "Europe/London")]
    [InlineData("null", "null", "UTC")]
    [InlineData("", "", "UTC")]
    [InlineData("Not/AZone", "null", "UTC")]
    public void ZoneOf_PicksOneZone(string personZone, string clinicZone, string expected) =>
        Assert.Equal(expected, PersonToday.ZoneOf(Zone(personZone), Zone(clinicZone)).Id);

    [Fact]
    public void Of_FollowsTheFakeClock()
    {
        var time = TestClock.Create(Utc("2027-03-14T04:59Z"));
        Assert.Equal(D("2027-03-13"), PersonToday.Of(time, "America/New_York"));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(D("2027-03-14"), PersonToday.Of(time, "America/New_York"));
    }
}
