using System.Diagnostics;
using System.Globalization;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Application.Imports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.Benchmarks;

/// <summary>
/// 100,000 CE activities for people of the large demo, as a CSV file imported by the admin verb's service on a copy
/// of the benchmark database: a dry run (every row checked, nothing written), the real run (checked again inside the
/// transaction, then bulk written), and the same file again (every row unchanged). Each phase prints its time and
/// what it allocated; the process's peak working set covers all three.
/// </summary>
internal static class ImportScenario
{
    private const int Rows = 100_000;

    public static async Task<int> RunAsync(string db)
    {
        var folder = Path.GetDirectoryName(db)!;
        var copy = Path.Combine(folder, "import.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(copy + suffix);
        using (var source = new SqliteConnection(SqliteFiles.ConnectionStringFor(db) + ";Mode=ReadOnly"))
        {
            await source.OpenAsync();
            using var backup = new SqliteCommand($"VACUUM INTO '{copy.Replace("'", "''", StringComparison.Ordinal)}'", source);
            await backup.ExecuteNonQueryAsync();
        }

        using var host = BenchHost.Create(copy);
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        var csv = Path.Combine(folder, "import-activities.csv");
        await WriteCsvAsync(scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>(), csv);
        var import = ActivatorUtilities.CreateInstance<ImportHandler>(scope.ServiceProvider);

        await PhaseAsync(import, csv, "dry run", dryRun: true);
        await PhaseAsync(import, csv, "import", dryRun: false);
        await PhaseAsync(import, csv, "same file again", dryRun: false);
        Measure.PrintPeakMemory("import");
        return 0;
    }

    private static async Task PhaseAsync(ImportHandler import, string csv, string name, bool dryRun)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        var report = (await import.RunAsync(ImportHandler.System,
            new ImportRequest(ImportKind.Activities, () => File.OpenRead(csv), "bench.csv", dryRun, false), CancellationToken.None)).Value!;
        watch.Stop();
        var mib = (GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / 1024.0;
        Console.WriteLine($"{$"import 100,000 activities: {name}",-52} {watch.Elapsed.TotalSeconds,10:0.00} s    target < 30 s     " +
            $"{mib:0} MiB allocated; {report.Summary}");
        if (report.HasProblems) Console.WriteLine(report.Problems[0]);
    }

    // People who hold a credential with CE rules, so every row links to something, spread across the whole demo.
    private static async Task WriteCsvAsync(IDbContextFactory<CmaRenewalDbContext> factory, string path)
    {
        await using var db = await factory.CreateDbContextAsync();
        var emails = await db.People.Where(p => db.Credentials.Any(c => c.PersonId == p.Id && c.PackCode != "BLS-AHA"))
            .OrderBy(p => p.Id).Select(p => p.Email).ToListAsync();
        await using var writer = new StreamWriter(path);
        await writer.WriteLineAsync("email,completed_on,title,provider,amount,unit,category,approved,counts_toward");
        var latest = BenchSettings.AsOf.AddDays(-2);
        for (var i = 0; i < Rows; i++)
        {
            var day = latest.AddDays(-(i % 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await writer.WriteLineAsync(FormattableString.Invariant(
                $"{emails[i % emails.Count]},{day},\"Imported course {i}, part {i % 3 + 1}\",Provider {i % 41},{1 + i % 4}.5,clock-hour,,{(i % 2 == 0 ? "yes" : "no")},"));
        }
    }
}
