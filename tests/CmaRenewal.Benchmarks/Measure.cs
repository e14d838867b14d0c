using System.Diagnostics;

namespace CmaRenewal.Benchmarks;

internal static class Measure
{
    /// <summary>
    /// Runs <paramref name="work"/> <paramref name="warmups"/> times (so tiered JIT reaches the optimised code a running
    /// server would have), then <paramref name="runs"/> times; returns the median.
    /// </summary>
    public static async Task<(TimeSpan Median, T Result)> MedianAsync<T>(int warmups, int runs, Func<Task<T>> work)
    {
        var result = await work();
        for (var i = 1; i < warmups; i++) result = await work();
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

    /// <summary>
    /// <see cref="MedianAsync"/> with the process's CPU time per measured run beside it: on a shared machine the wall
    /// time stretches with other processes' load, the CPU time much less.
    /// </summary>
    public static async Task<(TimeSpan Median, TimeSpan CpuPerRun, T Result)> MedianWithCpuAsync<T>(int warmups, int runs, Func<Task<T>> work)
    {
        var result = await work();
        for (var i = 1; i < warmups; i++) result = await work();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = await work();
            times.Add(watch.Elapsed);
        }
        process.Refresh();
        times.Sort();
        return (times[runs / 2], (process.TotalProcessorTime - cpu) / runs, result);
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
