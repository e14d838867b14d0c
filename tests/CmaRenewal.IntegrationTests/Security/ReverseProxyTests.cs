using System.Net;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Finding: behind a TLS-terminating proxy, cookies lost <c>Secure</c> and no HSTS was sent. The scheme a known proxy
/// forwards is believed; the same header from anyone else is not.
/// </summary>
public sealed class ReverseProxyTests
{
    private const string Loopback = "127.0.0.1";
    private const string Stranger = "203.0.113.9";

    [Fact]
    public async Task HttpsFromTheLoopbackProxy_GivesSecureCookies_AndHsts()
    {
        await using var proxied = new ProxiedApp();

        using var response = await proxied.SendAsync(HttpMethod.Get, "/Account/Login", Loopback, "https");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var antiforgery = Assert.Single(Cookies(response), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInThroughTheLoopbackProxy_SetsASecureSignInCookie()
    {
        await using var proxied = new ProxiedApp();
        using var page = await proxied.SendAsync(HttpMethod.Get, "/Account/Login", Loopback, "https");
        var token = SignIn.TokenIn(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "/Account/Login");

        using var response = await proxied.SendAsync(HttpMethod.Post, "/Account/Login", Loopback, "https", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.Email"] = DemoPeople.Maria,
            ["Input.Password"] = DemoPeople.Password,
        }), Cookies(page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signIn = Assert.Single(Cookies(response), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.Contains("; secure", signIn, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HttpsClaimedByAnUnknownAddress_IsIgnored_AndTheRequestIsSentToBaseUrl()
    {
        await using var proxied = new ProxiedApp();

        using var response = await proxied.SendAsync(HttpMethod.Get, "/Account/Login?ReturnUrl=%2Fme", Stranger, "https");

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(new Uri($"https://{ProxiedApp.PublicHost}/Account/Login?ReturnUrl=%2Fme"), response.Headers.Location);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Empty(Cookies(response));
    }

    [Fact]
    public async Task AProxyOnAnotherMachine_IsBelievedOnceConfigured()
    {
        await using var proxied = new ProxiedApp(("ReverseProxy:KnownNetworks:0", "10.1.0.0/16"));

        using var response = await proxied.SendAsync(HttpMethod.Get, "/Account/Login", "10.1.2.3", "https");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static List<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];
}
