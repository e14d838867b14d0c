using System.Net;

namespace CmaRenewal.IntegrationTests.Hosting;

public sealed class AppHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FreshStart_MigratesSeedsAndShowsTheAdminEveryDemoPersonWithTheirStatus()
    {
        await using var app = new AppFactory();
        using var client = await app.SignedInAsync(SignIn.Admin);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Contains("Maria Lopez", html, StringComparison.Ordinal);
        Assert.Contains("Olivia Brown", html, StringComparison.Ordinal);
        Assert.Contains("data-status=\"InGrace\"", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "cmarenewal.db")));
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        await using var app = new AppFactory();

        var response = await app.Anonymous().GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulePackPage_ShowsSourcesAndFlagsUnverifiedRules()
    {
        await using var app = new AppFactory();
        using var client = await app.SignedInAsync(SignIn.Maria);

        var html = await client.GetStringAsync(new Uri("/rules", UriKind.Relative), Ct);

        Assert.Contains("NCMA-NCCT", html, StringComparison.Ordinal);
        Assert.Contains("unverified", html, StringComparison.Ordinal);
    }
}
