using System.Net;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>Finding: signing in with <c>ReturnUrl=//evil.example/</c> answered 500. An outside address goes home instead.</summary>
public sealed class OutsideReturnUrlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task SignIn_WithAnOutsideReturnUrl_GoesHome(string returnUrl)
    {
        await using var app = new AppFactory();

        using var response = await SignInAsync(app, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", Inside(response.Headers.Location!));
    }

    [Fact]
    public async Task SignIn_WithALocalReturnUrl_StillGoesThere()
    {
        await using var app = new AppFactory();

        using var response = await SignInAsync(app, "/me/profile?tab=email");

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

    private static async Task<HttpResponseMessage> SignInAsync(AppFactory app, string returnUrl)
    {
        var client = app.Anonymous();
        var page = $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        return await client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await SignIn.TokenAsync(client, page),
            ["_handler"] = "login",
            ["Input.Email"] = SignIn.Maria,
            ["Input.Password"] = DemoAccounts.Password,
        }), Ct);
    }
}
