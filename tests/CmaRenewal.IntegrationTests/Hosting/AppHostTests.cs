namespace CmaRenewal.IntegrationTests.Hosting;

public sealed class AppHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FreshStart_MigratesSeedsAndListsTheDemoPeopleWithTheirStatus()
    {
        await using var app = new AppFactory();

        var html = await app.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Contains("Maria Lopez", html, StringComparison.Ordinal);
        Assert.Contains("data-status=\"InGrace\"", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "cmarenewal.db")));
    }

    [Fact]
    public async Task RulePackPage_ShowsSourcesAndFlagsUnverifiedRules()
    {
        await using var app = new AppFactory();

        var html = await app.CreateClient().GetStringAsync(new Uri("/rules", UriKind.Relative), Ct);

        Assert.Contains("NCMA-NCCT", html, StringComparison.Ordinal);
        Assert.Contains("unverified", html, StringComparison.Ordinal);
    }
}
