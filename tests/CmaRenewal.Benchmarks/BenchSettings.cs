using CmaRenewal.Infrastructure.Demo;

namespace CmaRenewal.Benchmarks;

internal static class BenchSettings
{
    /// <summary>The large SQLite database: <c>--db PATH</c>, else artifacts/bench/large.db under the repository.</summary>
    public static string DatabasePath(string[] args)
    {
        var at = Array.IndexOf(args, "--db");
        if (at >= 0 && at + 1 < args.Length) return Path.GetFullPath(args[at + 1]);
        return Path.Combine(RepositoryRoot, "artifacts", "bench", "large.db");
    }

    /// <summary>The folder of CmaRenewal.sln above the benchmark's build output, else the current folder.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var root = AppContext.BaseDirectory;
            while (root is not null && !File.Exists(Path.Combine(root, "CmaRenewal.sln"))) root = Path.GetDirectoryName(root);
            return root ?? Directory.GetCurrentDirectory();
        }
    }

    /// <summary>The demo to seed: <c>--size small|large|CREDENTIALS</c>, else the large demo.</summary>
    public static DemoSize Size(string[] args)
    {
        var at = Array.IndexOf(args, "--size");
        if (at < 0) return DemoSize.Large;
        var value = at + 1 < args.Length ? args[at + 1] : "";
        return DemoSize.Parse(value) ?? throw new ArgumentException($"--size must be small, large or a number of credentials, not '{value}'.");
    }

    /// <summary>The benchmarks judge "today" on a fixed date, so figures are comparable run to run.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 27);
}
