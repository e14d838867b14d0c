using System.Net;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>What refusals look like from outside.</summary>
public static class Expect
{
    /// <summary>What the router shows a signed-in user on a page they may not open (navigation inside the app).</summary>
    public const string NoAccess = "You do not have access to this page.";

    public static void RedirectToLogin(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    /// <summary>
    /// A refusal, never the page: a 403 or 404; the router's "no access" message; or, for a full page load, the cookie
    /// handler's redirect to the access-denied page (the authorization middleware refuses before Blazor renders).
    /// </summary>
    public static async Task DeniedAsync(HttpClient client, HttpResponseMessage response, CancellationToken ct)
    {
        // Someone else's person or clinic is "not found": a 404 never reveals that it exists.
        if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound) return;
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location ?? throw new InvalidOperationException("A redirect without a location.");
            Assert.Contains("/Account/AccessDenied", location.OriginalString, StringComparison.Ordinal);
            var page = await client.GetStringAsync(location, ct);
            Assert.Contains("Access denied", page, StringComparison.Ordinal);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(NoAccess, await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }
}
