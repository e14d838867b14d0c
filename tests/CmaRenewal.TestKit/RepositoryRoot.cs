namespace CmaRenewal.TestKit;

/// <summary>Where the repository sits, found from the test binaries upwards: sources to scan, one place for artifacts.</summary>
public static class RepositoryRoot
{
    public static readonly string Path = Find(AppContext.BaseDirectory);

    public static string Screenshots => System.IO.Path.Combine(Path, "artifacts", "screenshots");

    private static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CmaRenewal.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No CmaRenewal.sln above {start}.");
    }
}
