namespace CmaRenewal.E2ETests.Security;

/// <summary>
/// The app as an operator runs it: <c>dotnet publish -c Release</c> into a temp folder, then the published
/// <c>CmaRenewal.Web.dll</c> started in Production (see <see cref="ProductionProcess"/>). Published once per test class
/// (about a minute); the folder is deleted on dispose. The publish also leaves the Release build output in the
/// project's bin folder, which a test starts to see what <c>dotnet run -c Release</c> does.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(8);

    private readonly string root = Directory.CreateTempSubdirectory("cmarenewal-published-").FullName;

    public static string Project => Path.Combine(RepositoryRoot.Path, "src", "CmaRenewal.Web");

    public ProductionProcess App { get; private set; } = null!;

    /// <summary>A fresh, empty data folder under this fixture's temp folder.</summary>
    public string NewDataDirectory() => Directory.CreateDirectory(Path.Combine(root, $"data-{Guid.NewGuid():N}")).FullName;

    public async ValueTask InitializeAsync()
    {
        var publish = Path.Combine(root, "out");
        await ProductionProcess.RunAsync("dotnet", ["publish", Project, "-c", "Release", "-o", publish], RepositoryRoot.Path, PublishTimeout);
        App = await ProductionProcess.StartAppAsync(Path.Combine(publish, "CmaRenewal.Web.dll"), publish, NewDataDirectory());
    }

    public async ValueTask DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }
}
