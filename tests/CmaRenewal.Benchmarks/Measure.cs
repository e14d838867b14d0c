using System.Diagnostics;

namespace CmaRenewal.Benchmarks;

internal static class Measure
{
    /// <summary>Runs <paramref name="work"/> once to warm up, then <paramref name="runs"/> times; returns the median.</summary>
    public static async Task<(TimeSpan Median, T Result)> MedianAsync<T>(int runs, Func<Task<T>> work)
    {
        var result = await work();
        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = await work();
            times.Add(watch.Elapsed);
        }
        times.Sort();
        return (times[runs / 2], result);
    }

    public static void Print(string name, TimeSpan time, string target, string note = "")
    {
        Console.WriteLine($"{name,-52} {time.TotalMilliseconds,10:0.0} ms   target {target,-10} {note}");
    }

    public static void PrintPeakMemory(string scenario)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"{"peak memory (" + scenario + ")",-52} {process.PeakWorkingSet64 / 1024.0 / 1024.0,10:0.0} MiB  " +
            $"(managed heap now {GC.GetTotalMemory(false) / 1024.0 / 1024.0:0.0} MiB, allocated in total {GC.GetTotalAllocatedBytes() / 1024.0 / 1024.0:0} MiB)");
    }
}
