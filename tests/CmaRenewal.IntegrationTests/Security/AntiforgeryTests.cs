using System.Net;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>Form posts that change who is signed in carry an antiforgery token; without it they are refused.</summary>
[Collection(SharedApp.Collection)]
public sealed class AntiforgeryTests(SharedApp shared)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoginPost_WithoutToken_IsRefused()
    {
        var app = shared.App;
        var client = app.Anonymous();
        await client.GetAsync(new Uri("/Account/Login", UriKind.Relative), Ct);

        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), Form(new()
        {
            ["_handler"] = "login",
            ["Input.Email"] = DemoPeople.Maria,
            ["Input.Password"] = DemoPeople.Password,
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Where(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal)) : []);
    }

    [Fact]
    public async Task LogoutPost_WithoutToken_IsRefusedAndTheUserStaysSignedIn()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Maria);

        var status = await LogoutStatusAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var home = await client.GetAsync(new Uri("/me", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    private static async Task<HttpStatusCode> LogoutStatusAsync(HttpClient client)
    {
        try
        {
            using var response = await client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), Form(new() { ["ReturnUrl"] = "" }), Ct);
            return response.StatusCode;
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("anti-forgery", StringComparison.Ordinal))
        {
            // The test server hands the unhandled exception to the client instead of a 500 response.
            return HttpStatusCode.InternalServerError;
        }
    }

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);
}
