using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Every class of response (pages, API, files, the jobs dashboard, the OpenAPI document and its reference page,
/// static files, errors) carries the same protective headers, over real Kestrel so the Server header is the real one.
/// </summary>
public sealed partial class SecurityHeadersTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private readonly HeaderRouteSetup setup;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public SecurityHeadersTests() => setup = new HeaderRouteSetup(app);

    public ValueTask InitializeAsync()
    {
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    public static TheoryData<string> RouteClasses => new(HeaderRoutes.All.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(RouteClasses))]
    public async Task Response_CarriesTheSecurityHeaders(string routeClass)
    {
        var route = HeaderRoutes.All.Single(r => r.Name == routeClass);

        using var response = await setup.SendAsync(route, Ct);

        Assert.Equal(route.Status, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), $"{route.Name}: Server header '{string.Join(",", response.Headers.TryGetValues("Server", out var s) ? s : [])}'");
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Contains("camera=()", Single(response, "Permissions-Policy"), StringComparison.Ordinal);
        var csp = Csp.Parse(Single(response, "Content-Security-Policy"));
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.Equal(["'none'"], csp["object-src"]);
        Assert.Contains("'self'", csp["connect-src"]);
        Assert.DoesNotContain(csp.Values.SelectMany(v => v), v => v is "'unsafe-eval'" or "*");
        Assert.DoesNotContain("'unsafe-inline'", csp["script-src"]);
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/api/docs/")]
    public async Task InlineScripts_OnAPage_AreEachAllowedByTheirHash(string path)
    {
        using var client = HeaderRouteSetup.Client(app);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var scriptSrc = Csp.Parse(Single(response, "Content-Security-Policy"))["script-src"];
        var inline = InlineScript().Matches(html).Select(m => m.Groups["body"].Value).ToList();
        Assert.NotEmpty(inline);
        Assert.All(inline, body => Assert.Contains($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(body)))}'", scriptSrc));
    }

    private static string Single(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? Assert.Single(values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri?.AbsolutePath} answered without {name}.");

    // A script element without a src attribute, and its text.
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}

internal static class Csp
{
    public static Dictionary<string, string[]> Parse(string header) => header
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToDictionary(d => d[0], d => d[1..]);
}
