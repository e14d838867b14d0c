using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace CmaRenewal.Benchmarks;

/// <summary>
/// How cost grows: the large demo's shape at 3,000, 30,000 and 90,000 credentials, each in its own database (seeded
/// once by the <c>seed</c> scenario in a child process, so its time and peak memory are its own) and measured in its
/// own child process by the organisation, planning and export scenarios. Prints each cost per credential and whether
/// it stays flat: within ±25 % of the median of the three sizes. A second table gives the time each added credential
/// adds between two sizes, which leaves out the fixed cost of a run (JIT, query compilation, start-up reads) that makes
/// the smallest size look dearest per credential: flat there means the cost grows linearly, not faster.
/// </summary>
internal static class GrowthScenario
{
    private static readonly int[] Sizes = [3_000, 30_000, 90_000];
    private const double Flat = 0.25;

    public static async Task<int> RunAsync(string db, string[] args)
    {
        if (args.Contains("--size")) return await MeasureOneSizeAsync(db, BenchSettings.Size(args).Credentials!.Value);

        // Beside an explicit --db, else under the temp folder: never a multi-gigabyte file in the repository.
        var root = args.Contains("--db") ? Path.GetDirectoryName(db)! : Path.Combine(Path.GetTempPath(), "cmarenewal-growth");
        var points = new List<GrowthPoint>();
        foreach (var size in Sizes)
        {
            var sized = Path.Combine(root, size.ToString(CultureInfo.InvariantCulture), "demo.db");
            foreach (var scenario in new[] { "seed", "growth" })
            {
                using var child = Process.Start(Scenarios.ChildProcess(scenario, sized, "--size", size.ToString(CultureInfo.InvariantCulture)))!;
                await child.WaitForExitAsync();
                if (child.ExitCode != 0) return child.ExitCode;
            }
            points.Add(JsonSerializer.Deserialize<GrowthPoint>(await File.ReadAllTextAsync(ResultPath(sized)))!);
        }
        Print(points);
        return 0;
    }

    private static async Task<int> MeasureOneSizeAsync(string db, int credentials)
    {
        var organization = await Scenarios.MeasureOrganizationAsync(db);
        var (planFirst, planNext) = await PlanScenario.MeasureAsync(db);
        var export = await ExportScenario.MeasureAsync(db, growth: true);
        var point = new GrowthPoint(credentials, organization.TotalMilliseconds, planFirst.TotalMilliseconds,
            planNext.TotalMilliseconds, export.TotalMilliseconds);
        await File.WriteAllTextAsync(ResultPath(db), JsonSerializer.Serialize(point));
        Measure.PrintPeakMemory($"growth, {credentials:N0} credentials");
        return 0;
    }

    private static string ResultPath(string db) => Path.Combine(Path.GetDirectoryName(db)!, "growth.json");

    private static void Print(IReadOnlyList<GrowthPoint> points)
    {
        Console.WriteLine();
        Console.WriteLine($"{"time per credential (µs)",-40}{string.Concat(points.Select(p => $"{p.Credentials,12:N0}"))}  spread  flat within ±25 %");
        Row("whole organisation, windows + engine", points, p => p.OrganizationMs);
        Row("reminder planning, first run", points, p => p.PlanFirstMs);
        Row("reminder planning, next run", points, p => p.PlanNextMs);
        Row("compliance export, CSV (warmed up)", points, p => p.ExportMs);

        Console.WriteLine();
        var steps = string.Concat(points.Zip(points.Skip(1), (a, b) => $"{$"{a.Credentials:N0}→{b.Credentials:N0}",16}"));
        Console.WriteLine($"{"time per added credential (µs)",-40}{steps}  spread  flat within ±25 %");
        AddedRow("whole organisation, windows + engine", points, p => p.OrganizationMs);
        AddedRow("reminder planning, first run", points, p => p.PlanFirstMs);
        AddedRow("reminder planning, next run", points, p => p.PlanNextMs);
        AddedRow("compliance export, CSV (warmed up)", points, p => p.ExportMs);
    }

    private static void AddedRow(string name, IReadOnlyList<GrowthPoint> points, Func<GrowthPoint, double> milliseconds)
    {
        var added = points.Zip(points.Skip(1), (a, b) => (milliseconds(b) - milliseconds(a)) * 1000 / (b.Credentials - a.Credentials)).ToList();
        var spread = Spread(added);
        Console.WriteLine($"{name,-40}{string.Concat(added.Select(us => $"{us,16:0.0}"))}  ±{spread * 100,3:0} %  {(spread <= Flat ? "yes" : "NO")}");
    }

    private static void Row(string name, IReadOnlyList<GrowthPoint> points, Func<GrowthPoint, double> milliseconds)
    {
        var perCredential = points.Select(p => milliseconds(p) * 1000 / p.Credentials).ToList();
        var spread = Spread(perCredential);
        Console.WriteLine($"{name,-40}{string.Concat(perCredential.Select(us => $"{us,12:0.0}"))}  ±{spread * 100,3:0} %  {(spread <= Flat ? "yes" : "NO")}");
    }

    /// <summary>The largest distance of a value from the median, as a fraction of the median.</summary>
    private static double Spread(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        return values.Max(v => Math.Abs(v - median)) / median;
    }

    private sealed record GrowthPoint(int Credentials, double OrganizationMs, double PlanFirstMs, double PlanNextMs, double ExportMs);
}
