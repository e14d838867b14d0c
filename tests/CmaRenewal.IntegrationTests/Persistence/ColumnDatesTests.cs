using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Persistence;

/// <summary>Dates read digit by digit from SQLite's text equal what the provider itself reads.</summary>
public sealed class ColumnDatesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("2026-03-02", 2026, 3, 2)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void IsoText_IsRead(string text, int year, int month, int day)
    {
        Assert.True(ColumnDates.TryParseIso(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2025-02-29")] // no such day
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2026-3-02")]
    [InlineData("2026/03/02")]
    [InlineData("2026-03-02 00:00:00")]
    [InlineData("+026-03-02")]
    [InlineData("2026-03-0x")]
    [InlineData("")]
    public void AnyOtherText_IsLeftToTheProvider(string text) => Assert.False(ColumnDates.TryParseIso(text, out _));

    [Fact]
    public async Task DatesStoredByTheApp_ReadAsTheProviderReadsThem()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(Ct);
        var clinic = await database.SaveAsync(A.Clinic(), Ct);
        var person = await database.SaveAsync(A.Person(clinic.Id), Ct);
        await database.SaveAsync(A.Credential(person.Id, "CMA-AAMA", new DateOnly(2024, 2, 29)), Ct);

        await using var read = database.CreateContext();
        await read.Database.OpenConnectionAsync(Ct);
        await using var command = read.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT CertifiedOn, ExpiresOnOverride FROM Credentials";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        Assert.Equal(reader.GetFieldValue<DateOnly>(0), ColumnDates.Read(reader, 0));
        Assert.Equal(new DateOnly(2024, 2, 29), ColumnDates.Read(reader, 0));
        Assert.Null(ColumnDates.ReadOrNull(reader, 1));
    }
}
