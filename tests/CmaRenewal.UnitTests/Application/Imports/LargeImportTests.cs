using System.Globalization;
using CmaRenewal.Application.Imports;
using CmaRenewal.Infrastructure.Persistence;

namespace CmaRenewal.UnitTests.Application.Imports;

/// <summary>
/// 100,000 rows read from a file, checked row by row: the counts and the two bad lines far apart come out right.
/// (Speed and memory are figures in the benchmarks' import scenario, not assertions here.)
/// </summary>
public abstract class LargeImportTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const int Rows = 100_000;
    private ImportWorld world = null!;
    private string path = null!;

    public async ValueTask InitializeAsync()
    {
        world = await ImportWorld.CreateAsync(provider, TestContext.Current.CancellationToken);
        path = Path.Combine(Path.GetTempPath(), $"cmarenewal-100k-{Guid.NewGuid():N}.csv");
        await using var writer = new StreamWriter(path);
        await writer.WriteLineAsync(ImportWorld.ActivitiesHeader);
        for (var i = 0; i < Rows; i++)
        {
            var email = i % 2 == 0 ? "ana.lopez@example.org" : "ben@example.org";
            var day = new DateOnly(2020, 1, 1).AddDays(i % 2000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var amount = i == 4_321 ? "-1" : "1.25";
            var unit = i == 87_654 ? "parsecs" : "clock-hour";
            await writer.WriteLineAsync(FormattableString.Invariant($"{email},{day},Course {i},Provider {i % 37},{amount},{unit},,yes,"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The SQL Server variant may have skipped before it had a world or a file.
        if (path is not null) File.Delete(path);
        if (world is not null) await world.DisposeAsync();
    }

    [Fact]
    public async Task DryRunOf100000Rows_CountsEveryRow_AndFindsTheTwoBadOnes()
    {
        var report = (await world.Service().RunAsync(ImportHandler.System,
            new ImportRequest(ImportKind.Activities, () => File.OpenRead(path), "large.csv", DryRun: true, SkipInvalid: false),
            TestContext.Current.CancellationToken)).Value!;

        Assert.Equal((Rows, Rows - 2, 2), (report.Rows, report.Created, report.Skipped));
        Assert.Equal([4_323, 87_656], report.Problems.Select(p => p.Line));
        Assert.Equal(["amount", "unit"], report.Problems.Select(p => p.Column));
    }
}

public sealed class LargeImportTestsOnSqlite() : LargeImportTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class LargeImportTestsOnSqlServer() : LargeImportTests(DatabaseProvider.SqlServer);
