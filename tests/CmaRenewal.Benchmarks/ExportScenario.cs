using System.Diagnostics;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Application.Exports;
using CmaRenewal.Infrastructure.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.Benchmarks;

/// <summary>
/// The whole large data set's compliance export, as <c>export-compliance</c> and the staff page's menu make it:
/// evaluate every credential, then write CSV, .xlsx and the pivot to files. A fresh process, so the first export
/// carries JIT and EF's query compilation as an admin's one-off run does.
/// </summary>
internal static class ExportScenario
{
    public static async Task<int> RunAsync(string db)
    {
        await MeasureAsync(db, growth: false);
        return 0;
    }

    /// <summary>
    /// Prints the export's figures; answers the CSV's time. For <paramref name="growth"/> it first exports one clinic,
    /// so the CSV's time leaves out JIT and query compilation (a growth comparison wants the cost that grows with
    /// rows), and stops after the CSV.
    /// </summary>
    internal static async Task<TimeSpan> MeasureAsync(string db, bool growth)
    {
        using var host = BenchHost.Create(db);
        await using var scope = host.Services.CreateAsyncScope();
        var exports = new ComplianceExportRows(
            scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>(),
            scope.ServiceProvider.GetRequiredService<ComplianceQueries>(),
            ActivatorUtilities.CreateInstance<PersonDetailQuery>(scope.ServiceProvider));
        var folder = Path.GetDirectoryName(db)!;
        if (growth) await exports.RowsAsync(1L, BenchSettings.AsOf, CancellationToken.None);

        var csv = await TimeAsync(async () =>
        {
            var rows = await exports.RowsAsync((IReadOnlyCollection<long>?)null, BenchSettings.AsOf, CancellationToken.None);
            await using var file = File.Create(Path.Combine(folder, "export.csv"));
            await ComplianceExportWriter.WriteCsvAsync(file, ComplianceExportColumns.Names, rows, CancellationToken.None);
            return rows.Count;
        });
        Measure.Print($"export compliance, whole organization, CSV ({csv.Rows:N0} rows, {(growth ? "warmed up" : "fresh process")})", csv.Time, "< 1.5 s", csv.Cpu);
        if (growth) return csv.Time;
        var xlsx = await TimeAsync(async () =>
        {
            var rows = await exports.RowsAsync((IReadOnlyCollection<long>?)null, BenchSettings.AsOf, CancellationToken.None);
            await using var file = File.Create(Path.Combine(folder, "export.xlsx"));
            await ComplianceExportWriter.WriteXlsxAsync(file, ComplianceExportColumns.Names, rows, CancellationToken.None);
            return rows.Count;
        });
        Measure.Print($"export compliance, whole organization, xlsx ({xlsx.Rows:N0} rows)", xlsx.Time, "< 10 s", xlsx.Cpu);
        var pivot = await TimeAsync(async () =>
        {
            var (header, rows) = await exports.PivotAsync(null, BenchSettings.AsOf, CancellationToken.None);
            await using var file = File.Create(Path.Combine(folder, "export-pivot.csv"));
            await ComplianceExportWriter.WriteCsvAsync(file, header, rows, CancellationToken.None);
            return rows.Count;
        });
        Measure.Print($"export compliance, person x credential pivot, CSV ({pivot.Rows:N0} people)", pivot.Time, "< 10 s", pivot.Cpu);
        Measure.PrintPeakMemory("export");
        return csv.Time;
    }

    // With the process's CPU time over the run: on a shared machine it says what the export cost when others stretch the wall time.
    private static async Task<(TimeSpan Time, int Rows, string Cpu)> TimeAsync(Func<Task<int>> run)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var rows = await run();
        var wall = watch.Elapsed;
        process.Refresh();
        return (wall, rows, $"{(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU");
    }
}
