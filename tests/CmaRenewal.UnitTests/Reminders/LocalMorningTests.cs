using System.Globalization;
using CmaRenewal.Core.Reminders;

namespace CmaRenewal.UnitTests.Reminders;

public sealed class LocalMorningTests
{
    private static readonly TimeOnly Eight = new(8, 0);

    private static DateTimeOffset Utc(string instant) =>
        DateTimeOffset.ParseExact(instant, "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Theory]
    [InlineData("2027-03-14T11:59Z", "America/New_York", "08:00", "2027-03-13")] // 07:59 EDT, the first summer morning
    [InlineData("2027-03-14T12:00Z", "America/New_York", "08:00", "2027-03-14")]
    [InlineData("2027-11-07T12:59Z", "America/New_York", "08:00", "2027-11-06")] // 07:59 EST, the first winter morning
    [InlineData("2027-11-07T13:00Z", "America/New_York", "08:00", "2027-11-07")]
    [InlineData("2027-03-14T17:59Z", "Pacific/Honolulu", "08:00", "2027-03-13")] // no DST: always 18:00 UTC
    [InlineData("2027-03-14T18:00Z", "Pacific/Honolulu", "08:00", "2027-03-14")]
    [InlineData("2027-03-14T06:59Z", "America/New_York", "02:30", "2027-03-13")] // 01:59 EST; 02:30 never happens that night...
    [InlineData("2027-03-14T07:00Z", "America/New_York", "02:30", "2027-03-14")] // ...03:00 EDT is past it: the day is not skipped
    [InlineData("2027-11-07T05:30Z", "America/New_York", "01:30", "2027-11-07")] // 01:30 EDT
    [InlineData("2027-11-07T06:30Z", "America/New_York", "01:30", "2027-11-07")] // 01:30 EST again: the same day, not a new one
    [InlineData("2027-12-31T23:00Z", "Pacific/Kiritimati", "08:00", "2028-01-01")] // UTC+14: already the morning of New Year's Day
    public void ReminderDay_IsTodayOnceTheSendTimeHasPassedLocally(string now, string zone, string sendAt, string expected) =>
        Assert.Equal(D(expected), LocalMorning.ReminderDay(Utc(now), TimeZoneInfo.FindSystemTimeZoneById(zone), TimeOnly.Parse(sendAt, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("America/Chicago")]
    [InlineData("America/Phoenix")]
    [InlineData("Pacific/Honolulu")]
    [InlineData("Europe/London")]
    [InlineData("Australia/Lord_Howe")] // a half-hour DST shift
    public void HourlyRunsThroughAYear_ReachEveryDayOnce_InOrder(string zone)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var seen = new List<DateOnly>();
        for (var now = Utc("2027-01-02T00:00Z"); now < Utc("2028-01-01T00:00Z"); now = now.AddHours(1))
        {
            var day = LocalMorning.ReminderDay(now, tz, Eight);
            if (seen.Count == 0 || seen[^1] != day) seen.Add(day);
        }

        Assert.All(seen.Zip(seen.Skip(1)), pair => Assert.Equal(pair.First.AddDays(1), pair.Second));
    }
}

public sealed class ManagerRemindersTests
{
    [Theory]
    [InlineData("2027-03-29", DayOfWeek.Monday, "2027-03-29")]
    [InlineData("2027-04-04", DayOfWeek.Monday, "2027-03-29")]
    [InlineData("2027-04-05", DayOfWeek.Monday, "2027-04-05")]
    [InlineData("2027-04-01", DayOfWeek.Friday, "2027-03-26")]
    [InlineData("2027-04-02", DayOfWeek.Friday, "2027-04-02")]
    [InlineData("2027-04-03", DayOfWeek.Sunday, "2027-03-28")]
    public void DigestDate_IsTheLatestDigestDayOnOrBefore(string day, DayOfWeek digestDay, string expected) =>
        Assert.Equal(D(expected), ManagerReminders.DigestDate(D(day), digestDay));

    [Theory]
    [InlineData(Core.Compliance.CredentialStatus.Overdue, true)]
    [InlineData(Core.Compliance.CredentialStatus.InGrace, true)]
    [InlineData(Core.Compliance.CredentialStatus.Lapsed, false)]
    [InlineData(Core.Compliance.CredentialStatus.DueSoon, false)]
    public void OnlyOverdueAndInGrace_Escalate(Core.Compliance.CredentialStatus status, bool escalates) =>
        Assert.Equal(escalates, ManagerReminders.Escalates(status));
}

public sealed class ReminderLadderTests
{
    [Theory]
    [InlineData("180, 90,30", "180,90,30")]
    [InlineData("7;7 1 14", "14,7,1")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void ParseOffsets_ReadsDaysLargestFirst(string? text, string? expected) =>
        Assert.Equal(expected, ReminderLadder.ParseOffsets(text) is { } days ? string.Join(",", days) : null);

    [Theory]
    [InlineData("30, soon", "'soon' is not a number of days between 1 and 730.")]
    [InlineData("0", "'0' is not a number of days between 1 and 730.")]
    [InlineData("731", "'731' is not a number of days between 1 and 730.")]
    [InlineData("-5", "'-5' is not a number of days between 1 and 730.")]
    public void ParseOffsets_RefusesWhatIsNotDays(string text, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => ReminderLadder.ParseOffsets(text)).Message);
}
