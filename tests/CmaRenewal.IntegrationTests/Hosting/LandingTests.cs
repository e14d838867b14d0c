using System.Net;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>The app's root, where signing in returns to, sends each role to its own page.</summary>
[Collection(SharedApp.Collection)]
public sealed class LandingTests(SharedApp shared)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DemoPeople.Ada, "/admin")]
    [InlineData(DemoPeople.Rachel, "/staff")]
    [InlineData(DemoPeople.Victor, "/staff")]
    [InlineData(DemoPeople.Maria, "/me")]
    public async Task TheRoot_SendsEachRoleToItsLandingPage(string who, string landing)
    {
        using var client = await shared.App.SignedInAsync(who);

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(landing, location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString);
    }
}
