using System.Net;
using System.Text.RegularExpressions;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Accounts;

/// <summary>Two-factor sign-in with an authenticator app, end to end through the account pages.</summary>
public sealed partial class TwoFactorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AfterEnablingAnAuthenticator_SignInAsksForItsCode()
    {
        await using var app = new AppFactory();
        using var client = await app.SignedInAsync(DemoPeople.Maria);
        var key = await EnableAuthenticatorAsync(client);

        var fresh = app.Anonymous();
        var login = await SignIn.PostLoginAsync(fresh, DemoPeople.Maria, DemoPeople.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var location = login.Headers.Location!;
        var challenge = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        Assert.Contains("Account/LoginWith2fa", challenge, StringComparison.Ordinal);

        var wrong = await PostCodeAsync(fresh, challenge, "000000");
        Assert.NotEqual(HttpStatusCode.Redirect, wrong.StatusCode);
        var right = await PostCodeAsync(fresh, challenge, Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.DoesNotContain("Account/", right.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Maria Lopez", await fresh.GetStringAsync(new Uri("/me", UriKind.Relative), Ct), StringComparison.Ordinal);
    }

    private static async Task<string> EnableAuthenticatorAsync(HttpClient client)
    {
        const string Page = "/Account/Manage/EnableAuthenticator";
        var html = await client.GetStringAsync(new Uri(Page, UriKind.Relative), Ct);
        var key = SharedKey().Match(html).Groups[1].Value;
        var token = await SignIn.TokenAsync(client, Page);
        var response = await client.PostAsync(new Uri(Page, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "send-code",
            ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow),
        }), Ct);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"Enabling 2FA answered {(int)response.StatusCode}.");
        return key;
    }

    private static async Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string challenge, string code)
    {
        var token = await SignIn.TokenAsync(client, challenge);
        return await client.PostAsync(new Uri(challenge, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login-with-2fa",
            ["Input.TwoFactorCode"] = code,
        }), Ct);
    }

    [GeneratedRegex("<kbd>([a-z0-9 ]+)</kbd>")]
    private static partial Regex SharedKey();
}
