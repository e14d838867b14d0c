namespace CmaRenewal.E2ETests.Hosting;

/// <summary>One app and one browser for every browser test: starting them is most of the run's time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserFixtures : ICollectionFixture<RunningApp>, ICollectionFixture<DebianChromium>
{
    public const string Name = "Browser";
}
