using System.Net;
using System.Text.RegularExpressions;
using CmaRenewal.TestKit.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>
/// The one HTTP way to sign in: through the real login form (antiforgery token, cookie), as a browser would.
/// A wrong password or a return address are parameters, so every sign-in test posts the same form.
/// </summary>
public static partial class SignIn
{
    /// <summary>A password no demo account has, for failed and rate-limited attempts.</summary>
    public const string WrongPassword = "wrong-password";

    /// <summary>A client with its own cookies that does not follow redirects, so tests see where the app sends them.</summary>
    public static HttpClient Anonymous(this WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A new client signed in as <paramref name="email"/>; throws if the app did not let them in.</summary>
    public static async Task<HttpClient> SignedInAsync(this WebApplicationFactory<Program> app, string email, string password = DemoPeople.Password)
    {
        var client = app.Anonymous();
        using var response = await PostLoginAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("Account", StringComparison.Ordinal) == true)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {response.Headers.Location}");
        return client;
    }

    /// <summary>Posts the login form once and hands back the app's answer, whatever it is.</summary>
    public static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password = DemoPeople.Password,
        string? returnUrl = null)
    {
        var page = returnUrl is null ? "/Account/Login" : $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        return PostFormAsync(client, page, "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>Posts an account form with the antiforgery token its page handed out.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client, page);
        fields["_handler"] = handler;
        return await client.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public static async Task<string> TokenAsync(HttpClient client, string page) =>
        TokenIn(await client.GetStringAsync(new Uri(page, UriKind.Relative)), page);

    public static string TokenIn(string html, string page) =>
        Token().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {page}.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
