using System.Net;
using CmaRenewal.Application.Calendar;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Storage;
using CmaRenewal.IntegrationTests.Api;
using CmaRenewal.IntegrationTests.Certificates;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.IntegrationTests.MyCredentials;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>One request per class of response; <see cref="Who"/> null is anonymous, "token" a personal access token.</summary>
internal sealed record HeaderRoute(string Name, string? Who, string Path, HttpStatusCode Status, bool Post = false);

internal static class HeaderRoutes
{
    public const string Token = "token";
    public const string Certificate = "{certificate}";
    public const string Feed = "{feed}";

    public static readonly HeaderRoute[] All =
    [
        new("sign-in page", null, "/Account/Login", HttpStatusCode.OK),
        new("signed-in page", DemoPeople.Maria, "/me", HttpStatusCode.OK),
        new("redirect to sign-in", null, "/me", HttpStatusCode.Redirect),
        new("page not found", null, "/no-such-page", HttpStatusCode.NotFound),
        new("error: form post without antiforgery", null, "/Account/Login", HttpStatusCode.BadRequest, Post: true),
        new("static file", null, "/app.css", HttpStatusCode.OK),
        new("api with token", Token, "/api/v1/people", HttpStatusCode.OK),
        new("api without token", null, "/api/v1/people", HttpStatusCode.Unauthorized),
        new("api not found", Token, "/api/v1/nothing-here", HttpStatusCode.NotFound),
        new("openapi document", null, "/openapi/v1.json", HttpStatusCode.OK),
        new("api reference page", null, "/api/docs/", HttpStatusCode.OK),
        new("jobs dashboard", DemoPeople.Ada, "/admin/jobs", HttpStatusCode.OK),
        new("certificate download", DemoPeople.Maria, "/certificates/" + Certificate, HttpStatusCode.OK),
        new("compliance export", DemoPeople.Rachel, "/staff/export.csv", HttpStatusCode.OK),
        new("calendar feed", null, "/calendar/" + Feed + ".ics", HttpStatusCode.OK),
    ];
}

/// <summary>Makes what a route needs (a client for its user, a stored certificate, a feed) and sends its request.</summary>
internal sealed class HeaderRouteSetup(AppFactory app)
{
    public async Task<HttpResponseMessage> SendAsync(HeaderRoute route, CancellationToken ct)
    {
        var client = Client(app);
        if (route.Who == HeaderRoutes.Token)
            client.DefaultRequestHeaders.Authorization = new("Bearer", (await app.NewTokenAsync(DemoPeople.Ada)).Secret);
        else if (route.Who is { } email)
            Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(client, email, DemoPeople.Password)).StatusCode);
        var path = route.Path;
        if (path.Contains(HeaderRoutes.Certificate, StringComparison.Ordinal))
            path = path.Replace(HeaderRoutes.Certificate, (await AttachCertificateAsync(DemoPeople.Maria, ct)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (path.Contains(HeaderRoutes.Feed, StringComparison.Ordinal))
            path = path.Replace(HeaderRoutes.Feed, await FeedTokenAsync(DemoPeople.Maria, ct), StringComparison.Ordinal);
        var uri = new Uri(path, UriKind.Relative);
        return route.Post
            ? await client.PostAsync(uri, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "login" }), ct)
            : await client.GetAsync(uri, ct);
    }

    /// <summary>A plain HTTP client with its own cookies, to the app on Kestrel (whose port is known once it has started).</summary>
    public static HttpClient Client(AppFactory app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }, disposeHandler: true)
        {
            BaseAddress = app.ClientOptions.BaseAddress,
        };

    private async Task<long> AttachCertificateAsync(string email, CancellationToken ct)
    {
        var stored = await app.Services.GetRequiredService<ICertificateStore>().SaveAsync(new MemoryStream(CertificateBytes.Pdf), ct);
        var personId = await AppData.PersonIdAsync(app, email);
        await using var db = AppData.Open(app);
        var activity = await db.CeActivities.Where(a => a.PersonId == personId).OrderBy(a => a.Id).FirstAsync(ct);
        activity.AttachCertificate(new CertificateFile("certificate.pdf", "application/pdf", stored.SizeBytes, stored.Sha256, stored.StorageKey));
        await db.SaveChangesAsync(ct);
        return activity.Id;
    }

    private async Task<string> FeedTokenAsync(string email, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var owner = await app.Services.ActorAsync(email, ct);
        return await scope.ServiceProvider.GetRequiredService<CalendarFeeds>().GetOrCreateAsync(owner, null, ct)
            ?? throw new InvalidOperationException($"{email} may not have a calendar feed.");
    }
}
