using System.Diagnostics;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Compliance.Totals;
using CmaRenewal.Infrastructure.Demo;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.Benchmarks;

internal static class Scenarios
{
    public static async Task<int> RunAllAsync(string db)
    {
        Console.WriteLine($"CmaRenewal benchmarks, {Environment.ProcessorCount} cores, as of {BenchSettings.AsOf:yyyy-MM-dd}, database {db}");
        foreach (var scenario in new[] { "seed", "memory", "clinic", "grid", "org", "person", "plan", "send", "export", "auditpack", "import" })
        {
            using var child = Process.Start(ChildProcess(scenario, db))!;
            await child.WaitForExitAsync();
            if (child.ExitCode != 0) return child.ExitCode;
        }
        return 0;
    }

    // Under `dotnet X.dll` the process is the dotnet host: start the same dll again.
    internal static ProcessStartInfo ChildProcess(string scenario, string db, params string[] more)
    {
        var host = Environment.ProcessPath!;
        var dll = typeof(Scenarios).Assembly.Location;
        return Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new ProcessStartInfo(host, [dll, scenario, "--db", db, .. more])
            : new ProcessStartInfo(host, [scenario, "--db", db, .. more]);
    }

    public static async Task<int> SeedAsync(string db, DemoSize size)
    {
        var exists = File.Exists(db);
        using var host = BenchHost.Create(db);
        await using var scope = host.Services.CreateAsyncScope();
        // An existing database is brought to the current schema, as the app does at start, so the scenarios read it.
        var watch = Stopwatch.StartNew();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        if (exists)
        {
            Console.WriteLine($"{$"seed {size.Name} demo",-52} (database exists, migrated in {watch.Elapsed.TotalSeconds:0.0} s; delete it to measure seeding)");
            return 0;
        }
        var result = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(size, CancellationToken.None);
        Measure.Print($"seed {size.Name} demo (bulk, one transaction)", result.Elapsed, "-", result.Message);
        Measure.PrintPeakMemory("seed");
        return result.Seeded ? 0 : 1;
    }

    /// <summary>Brings an existing database (say a copy seeded before kept totals existed) up to date and sums every credential's kept totals.</summary>
    public static async Task<int> RebuildTotalsAsync(string db)
    {
        using var host = BenchHost.Create(db);
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await using var context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync();
        var watch = Stopwatch.StartNew();
        var count = await scope.ServiceProvider.GetRequiredService<CeTotalsStore>().RebuildAsync(context, CancellationToken.None);
        Measure.Print($"rebuild kept CE totals ({count} credentials)", watch.Elapsed, "-", "one transaction");
        Measure.PrintPeakMemory("rebuild totals");
        return 0;
    }

    public static Task<int> InMemoryAsync()
    {
        var rules = RuleCatalog.LoadShipped();
        var set = LargeDemo.Build(BenchSettings.AsOf, rules);
        var credentials = set.Credentials.Select(c => new CredentialFacts(c.Id, c.PackCode, c.CertifiedOn, [])).ToArray();
        var activities = credentials.ToDictionary(c => c.Id, _ => new List<ActivityFacts>());
        foreach (var (a, links) in set.Activities)
        {
            var facts = ActivityFacts.InOneCategory(a.Id, a.CompletedOn, a.AmountHundredths / 100m, a.Unit, a.Category, a.ApprovedProvider, a.Kind);
            foreach (var id in links) activities[id].Add(facts);
        }
        var payments = set.Payments.ToLookup(p => p.CredentialId, p => new FeePaymentFacts(p.PaidOn, p.PaidThrough, p.AmountCents / 100m));
        var engine = new ComplianceEngine(rules, new FakeTimeProvider());
        Console.WriteLine($"{"in memory: credentials / activity links",-52} {credentials.Length,10} / {activities.Values.Sum(a => a.Count)}");

        var (sequential, sequentialCpu, sequentialAllocated, sequentialGcs) =
            Time(() => { foreach (var c in credentials) engine.Evaluate(c, activities[c.Id], payments[c.Id], BenchSettings.AsOf); });
        Measure.Print("evaluate 30,000 credentials in memory, 1 thread", sequential, "-",
            $"{sequentialCpu.TotalMilliseconds:0} ms CPU, {sequentialAllocated:0} MiB allocated, {sequentialGcs} collections");
        var (parallel, parallelCpu, parallelAllocated, parallelGcs) =
            Time(() => Parallel.ForEach(credentials, c => engine.Evaluate(c, activities[c.Id], payments[c.Id], BenchSettings.AsOf)));
        Measure.Print($"evaluate 30,000 credentials in memory, {Environment.ProcessorCount} threads", parallel, "<= 250 ms",
            $"{parallelCpu.TotalMilliseconds:0} ms CPU, {parallelAllocated:0} MiB allocated, {parallelGcs} collections");
        Measure.PrintPeakMemory("in memory, data set included");
        return Task.FromResult(0);
    }

    public static async Task<int> ClinicAsync(string db)
    {
        using var host = BenchHost.Create(db);
        await using var scope = host.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<ComplianceQueries>();
        var (median, rows) = await Measure.MedianAsync(30, 20, () => queries.EvaluateAsync(ComplianceScope.Clinic(1), BenchSettings.AsOf, CancellationToken.None));
        var people = rows.Select(r => r.PersonId).Distinct().Count();
        Measure.Print($"clinic of {people} people ({rows.Count} credentials), SQLite + engine", median, "< 50 ms", "median of 20 after 30 warm-up runs");
        Measure.PrintPeakMemory("clinic");
        return 0;
    }

    public static async Task<int> OrganizationAsync(string db)
    {
        await MeasureOrganizationAsync(db);
        return 0;
    }

    /// <summary>Prints the organisation's figures; answers the time of the windows + engine path.</summary>
    internal static async Task<TimeSpan> MeasureOrganizationAsync(string db)
    {
        using var host = BenchHost.Create(db);
        await using var scope = host.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<ComplianceQueries>();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();

        var (baseline, groups) = await Measure.MedianAsync(3, 5, () => PlainAggregateAsync(factory));
        Measure.Print("hand-written SQL aggregate over all CE rows", baseline, "baseline", $"{groups} groups, median of 5 after 3 warm-ups");
        var (ours, cpu, rows) = await Measure.MedianWithCpuAsync(3, 5, () => queries.EvaluateAsync(ComplianceScope.Organization, BenchSettings.AsOf, CancellationToken.None));
        var ratio = ours / baseline;
        var kept = await KeptCountAsync(factory);
        Measure.Print($"whole organization ({rows.Count} credentials), windows + engine", ours, "<= 500 ms",
            $"{ratio:0.00}x the aggregate (goal <= 0.2x), {cpu.TotalMilliseconds:0} ms CPU per run; {kept} credentials had kept CE totals, the rest summed live");
        var counts = rows.GroupBy(r => r.Result.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"{"statuses",-52} {string.Join(", ", counts)}");
        Measure.PrintPeakMemory("organization");
        // After the peak line, which speaks of the measured runs: back to back, each run also pays for collecting the
        // garbage of the one before (in a server, what its background collections do between requests).
        var (backToBack, backToBackCpu, _) = await Measure.MedianWithCpuAsync(0, 5,
            () => queries.EvaluateAsync(ComplianceScope.Organization, BenchSettings.AsOf, CancellationToken.None), settle: false);
        Measure.Print("  the same, back to back (no collection between runs)", backToBack, "-",
            $"{backToBack / baseline:0.00}x the aggregate, {backToBackCpu.TotalMilliseconds:0} ms CPU per run, median of 5");
        return ours;
    }

    private static async Task<int> KeptCountAsync(IDbContextFactory<CmaRenewalDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.CeTotalsStamps.CountAsync();
    }

    // The yardstick: one GROUP BY over every CE row of every credential, no windows, no decisions.
    private static async Task<int> PlainAggregateAsync(IDbContextFactory<CmaRenewalDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        await using var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT l.CredentialId, a.Unit, a.Category, a.IsApprovedProvider, a.Kind, SUM(a.AmountHundredths), COUNT(*)
            FROM CeActivityCredentials l JOIN CeActivities a ON a.Id = l.ActivityId
            GROUP BY l.CredentialId, a.Unit, a.Category, a.IsApprovedProvider, a.Kind
            """;
        await using var reader = await command.ExecuteReaderAsync();
        var groups = 0;
        while (await reader.ReadAsync()) groups++;
        return groups;
    }

    // Wall time, and the process's CPU time over the same run: on a shared machine the CPU time says what the work
    // cost when other processes stretch the wall time.
    // Three warm-ups (tiered JIT reaches its optimised code), then the median of five runs with that run's CPU time,
    // allocation and collections: one run after one warm-up varied by a fifth between processes.
    private static (TimeSpan Wall, TimeSpan Cpu, double AllocatedMiB, string Collections) Time(Action work)
    {
        for (var i = 0; i < 3; i++) work();
        using var process = Process.GetCurrentProcess();
        var runs = new List<(TimeSpan Wall, TimeSpan Cpu, double AllocatedMiB, string Collections)>();
        for (var run = 0; run < 5; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var watch = Stopwatch.StartNew();
            work();
            var wall = watch.Elapsed;
            process.Refresh();
            runs.Add((wall, process.TotalProcessorTime - cpu, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024.0,
                $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} collections (gen 0/1/2), " +
                $"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms paused"));
        }
        return runs.OrderBy(r => r.Wall).ElementAt(runs.Count / 2);
    }
}
