using System.Collections.Concurrent;
using System.Diagnostics;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Persistence;
using CsCheck;

namespace CmaRenewal.IntegrationTests.Differential;

/// <summary>
/// Property: for every generated credential and as-of date, the SQL totals path and the per-activity path agree on
/// every field of the result (issue 11, "Prove that the two evaluation paths agree"). A failure prints CsCheck's seed
/// and shrunk batch size, then the disagreeing credential with its CE and both results.
/// </summary>
public abstract class TotalsMatchActivitiesTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const int Batches = 24;
    private const int MinimumCredentials = 2_000;
    private TestDatabase database = null!;
    private int batchNumber;
    private int credentialsChecked;
    private readonly ConcurrentDictionary<string, int> packsChecked = new();

    public async ValueTask InitializeAsync() => database = await TestDatabases.CreateAsync(provider, Assert.Skip, TestContext.Current.CancellationToken);

    // The SQL Server variant may have skipped before it had a database.
    public ValueTask DisposeAsync() => database?.DisposeAsync() ?? ValueTask.CompletedTask;

    [Fact]
    public async Task Both_paths_agree_on_every_generated_credential()
    {
        var output = TestContext.Current.TestOutputHelper;
        var watch = Stopwatch.StartNew();
        // One thread: the machine's cores are shared. The batch itself prints only its size; the disagreement names
        // the one credential that matters.
        await CaseGen.Batch(40, 60).SampleAsync(CheckAsync, writeLine: s => output?.WriteLine(s), iter: Batches, threads: 1,
            print: b => $"{b.People.Count} people, {b.CredentialCount} credentials, as of {string.Join(", ", b.AsOf)}");
        output?.WriteLine($"{credentialsChecked} credentials × 3 dates in {Batches} batches, {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(credentialsChecked >= MinimumCredentials, $"only {credentialsChecked} credentials were generated");
        Assert.Equal(Packs.Shipped.All.Select(p => p.Code).Order(), packsChecked.Keys.Order());
    }

    private async Task CheckAsync(GeneratedBatch batch)
    {
        await PathAgreement.AssertAsync(database, batch, Interlocked.Increment(ref batchNumber), TestContext.Current.CancellationToken);
        Interlocked.Add(ref credentialsChecked, batch.CredentialCount);
        foreach (var credential in batch.People.SelectMany(p => p.Credentials)) packsChecked.AddOrUpdate(credential.PackCode, 1, (_, n) => n + 1);
    }
}

public sealed class TotalsMatchActivitiesTestsOnSqlite() : TotalsMatchActivitiesTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class TotalsMatchActivitiesTestsOnSqlServer() : TotalsMatchActivitiesTests(DatabaseProvider.SqlServer);
