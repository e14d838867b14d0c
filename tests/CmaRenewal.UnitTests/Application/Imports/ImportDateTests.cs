using CmaRenewal.Application.Imports;

namespace CmaRenewal.UnitTests.Application.Imports;

/// <summary>Date cells as people type them: ISO and US month-first are read; what could be read two ways is refused with the reason.</summary>
public sealed class ImportDateTests
{
    [Theory]
    [InlineData("2026-03-12", 2026, 3, 12)]
    [InlineData("3/12/2026", 2026, 3, 12)]
    [InlineData("03/12/2026", 2026, 3, 12)]
    [InlineData("12/3/2026", 2026, 12, 3)]
    [InlineData("2/29/2028", 2028, 2, 29)]
    [InlineData(" 1/5/2026 ", 2026, 1, 5)]
    public void Reads_IsoAndUsMonthFirst(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), ImportDate.Parse(text, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("13/03/2026", "there is no month 13: US dates put the month first, like 3/12/2026")]
    [InlineData("2/30/2026", "no such day: check the month and the day")]
    [InlineData("2026-02-30", "no such day: check the month and the day")]
    [InlineData("2026-13-01", "no such day: check the month and the day")]
    [InlineData("0/12/2026", "no such day: check the month and the day")]
    [InlineData("3/12/26", "a two-digit year could be 19xx or 20xx: write the year in full, like 3/12/2026")]
    [InlineData("03-12-2026", "could be day-month or month-day: write 3/12/2026 (month first) or 2026-03-12")]
    [InlineData("12.03.2026", "could be day-month or month-day: write 3/12/2026 (month first) or 2026-03-12")]
    [InlineData("March 12, 2026", "not a date like 2026-03-12 or 3/12/2026")]
    [InlineData("2026/03/12", "not a date like 2026-03-12 or 3/12/2026")]
    [InlineData("2026-3-12", "not a date like 2026-03-12 or 3/12/2026")]
    [InlineData("٣/١٢/٢٠٢٦", "not a date like 2026-03-12 or 3/12/2026")]
    public void Refuses_WithAReasonAPersonCanActOn(string text, string reason)
    {
        Assert.Null(ImportDate.Parse(text, out var problem));
        Assert.Equal(reason, problem);
    }
}
