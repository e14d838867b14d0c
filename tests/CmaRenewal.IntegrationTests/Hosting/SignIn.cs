using System.Net;
using System.Text.RegularExpressions;
using CmaRenewal.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>Signs in through the real login form (antiforgery token, cookie), as a browser would.</summary>
public static partial class SignIn
{
    public const string Admin = "ada.admin@demo.cmarenewal.test";
    public const string RiversideManager = "rachel.greene@demo.cmarenewal.test";
    public const string RegionalManager = "victor.osei@demo.cmarenewal.test";
    public const string Maria = "maria.lopez@demo.cmarenewal.test";
    public const string Tom = "tom.nguyen@demo.cmarenewal.test";
    public const string InactiveAva = "ava.martinez@demo.cmarenewal.test";

    public static HttpClient Anonymous(this AppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInAsync(this AppFactory app, string email, string password = DemoAccounts.Password)
    {
        var client = app.Anonymous();
        var response = await PostLoginAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("Account", StringComparison.Ordinal) == true)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {response.Headers.Location}");
        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var token = await TokenAsync(client, "/Account/Login");
        return await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        return Token().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
