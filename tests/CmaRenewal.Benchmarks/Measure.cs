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
        var (median, _, result) = await MedianWithCpuAsync(warmups, runs, work);
        return (median, result);
    }

    /// <summary>
    /// <see cref="MedianAsync"/> with the process's CPU time per measured run beside it: on a shared machine the wall
    /// time stretches with other processes' load, the CPU time much less.
    /// </summary>
    /// <remarks>
    /// Only the last run's result is kept: each earlier one is dropped before the next run starts, as a server holds
    /// one read's results at a time (kept until the next run had finished, two runs' results were alive at once).
    /// With <paramref name="settle"/>, the garbage of the run before is collected between runs, outside the timing, as
    /// BenchmarkDotNet does between iterations: each run starts from what the process holds, not from a heap its
    /// predecessor left full (the organisation prints its back-to-back figure as well).
    /// </remarks>
    public static async Task<(TimeSpan Median, TimeSpan CpuPerRun, T Result)> MedianWithCpuAsync<T>(
        int warmups, int runs, Func<Task<T>> work, bool settle = true)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var i = 0; i < warmups; i++) await work();
        using var process = Process.GetCurrentProcess();
        var times = new List<TimeSpan>(runs);
        var cpu = TimeSpan.Zero;
        T result = default!;
        for (var i = 0; i < runs; i++)
        {
            if (settle) Settle();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var made = await work();
            times.Add(watch.Elapsed);
            process.Refresh();
            cpu += process.TotalProcessorTime - cpuBefore;
            if (i == runs - 1) result = made;
        }
        times.Sort();
        return (times[runs / 2], cpu / runs, result);
    }

    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
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
