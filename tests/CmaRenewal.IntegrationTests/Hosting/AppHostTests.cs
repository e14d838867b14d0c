using System.Net;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Hosting;

[Collection(SharedApp.Collection)]
public sealed class AppHostTests(SharedApp shared)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FreshStart_MigratesSeedsAndShowsTheAdminEveryDemoPersonWithTheirStatus()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Ada);

        // The staff grid fills itself once the circuit is up; the prerendered cards already count every clinic's statuses.
        var grid = await client.GetStringAsync(new Uri("/staff?clinic=all", UriKind.Relative), Ct);
        var people = await client.GetStringAsync(new Uri("/admin/people", UriKind.Relative), Ct);

        Assert.Contains("Maria Lopez", people, StringComparison.Ordinal);
        Assert.Contains("Olivia Brown", people, StringComparison.Ordinal);
        Assert.Matches("data-status-count=\"InGrace\"[^>]*>[1-9]", grid);
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "cmarenewal.db")));
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var app = shared.App;

        var response = await app.Anonymous().GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulePackPage_ShowsSourcesAndFlagsUnverifiedRules()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Maria);

        var html = await client.GetStringAsync(new Uri("/rules", UriKind.Relative), Ct);

        Assert.Contains("NCMA-NCCT", html, StringComparison.Ordinal);
        Assert.Contains("unverified", html, StringComparison.Ordinal);
    }
}
