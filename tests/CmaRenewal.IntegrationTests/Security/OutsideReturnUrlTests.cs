using System.Net;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>Finding: signing in with <c>ReturnUrl=//evil.example/</c> answered 500. An outside address goes home instead.</summary>
[Collection(SharedApp.Collection)]
public sealed class OutsideReturnUrlTests(SharedApp shared)
{
    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task SignIn_WithAnOutsideReturnUrl_GoesHome(string returnUrl)
    {
        var app = shared.App;

        using var response = await SignIn.PostLoginAsync(app.Anonymous(), DemoPeople.Maria, returnUrl: returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", Inside(response.Headers.Location!));
    }

    [Fact]
    public async Task SignIn_WithALocalReturnUrl_StillGoesThere()
    {
        var app = shared.App;

        using var response = await SignIn.PostLoginAsync(app.Anonymous(), DemoPeople.Maria, returnUrl: "/me/profile?tab=email");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/me/profile?tab=email", Inside(response.Headers.Location!));
    }

    /// <summary>The path and query of a redirect that stays on this app (the test server's host is localhost).</summary>
    private static string Inside(Uri location)
    {
        if (!location.IsAbsoluteUri) return location.OriginalString;
        Assert.Equal("http://localhost", location.GetLeftPart(UriPartial.Authority));
        return location.PathAndQuery;
    }
}
