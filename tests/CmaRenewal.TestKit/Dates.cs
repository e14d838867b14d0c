using System.Globalization;

namespace CmaRenewal.TestKit;

/// <summary>Short date literals for table-driven tests: <c>D("2015-02-28")</c>.</summary>
public static class Dates
{
    public static DateOnly D(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
