using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Persistence;
using static CmaRenewal.TestKit.Dates;

namespace CmaRenewal.IntegrationTests.Differential;

/// <summary>
/// Disagreements the differential test found, one named row each: both paths must agree, and on the right amount
/// (agreeing on a wrong number would pass the property but not this).
/// </summary>
public abstract class TotalsPathRegressionTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly GeneratedCredential Aama = new("CMA-AAMA", D("2024-05-10"), [], []);
    private static readonly DateOnly AsOf = D("2026-03-02");

    private static GeneratedActivity Card(string on, IReadOnlyList<SplitShare> splits, bool approved = true) =>
        new(D(on), splits.Count > 0 ? splits.Sum(s => s.AmountHundredths) : 100, Units.AamaCeu, ActivityKinds.CprCard,
            splits.Count > 0 ? null : "clinical", splits, approved, VerificationStatus.Verified, [new GeneratedLink(0, null)]);

    private static GeneratedActivity Course(string on, long hundredths, string? category, bool approved) =>
        new(D(on), hundredths, Units.AamaCeu, ActivityKinds.Course, category, [], approved, VerificationStatus.Verified, [new GeneratedLink(0, null)]);

    // Name → the person's CE, and the clinical and AAMA-approved points the totals path must count.
    private static readonly Dictionary<string, (GeneratedActivity[] Activities, decimal Clinical, decimal Approved)> Cases = new()
    {
        ["A split CPR card is one card, not one per category"] =
            ([Card("2025-01-10", [new("clinical", 50), new("general", 50)])], 4m, 4m),
        // Approved cards fill the cap first: counted twice, the split card pushed a non-approved card out.
        ["A split CPR card takes one place under the cap of three"] =
            ([Card("2025-01-10", [new("general", 50), new("clinical", 50)]), Card("2025-02-10", [], approved: false),
              Card("2025-03-10", [], approved: false), Card("2025-04-10", [], approved: false)], 12m, 4m),
        // Of the 30 non-approved points, 10 close the clinical minimum; the other 20 went to whichever pool came
        // first, which was the activities' date order on screens and the SQL row order in the grid.
        ["What the non-approved cap leaves goes to named categories before uncategorised CE"] =
            ([Course("2025-01-10", 1_000, null, approved: false), Course("2025-02-10", 3_000, "clinical", approved: false)], 30m, 0m),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabases.CreateAsync(provider, Assert.Skip, TestContext.Current.CancellationToken);

    // The SQL Server variant may have skipped before it had a database.
    public ValueTask DisposeAsync() => database?.DisposeAsync() ?? ValueTask.CompletedTask;

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Totals_path_counts_like_the_activities(string name)
    {
        var (activities, clinical, approved) = Cases[name];
        var batch = new GeneratedBatch([new GeneratedPerson([Aama], activities)], [AsOf]);

        var results = await PathAgreement.AssertAsync(database, batch, 1, TestContext.Current.CancellationToken);

        var progress = Assert.Single(results[AsOf].Values).Progress!;
        Assert.Equal((clinical, approved), (progress.Categories.Single(c => c.Code == "clinical").Counted, progress.Approved!.Counted));
    }
}

public sealed class TotalsPathRegressionTestsOnSqlite() : TotalsPathRegressionTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class TotalsPathRegressionTestsOnSqlServer() : TotalsPathRegressionTests(DatabaseProvider.SqlServer);
