using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CmaRenewal.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>The OpenAPI document describes every /api/v1 route, and its reference page works without the internet.</summary>
public sealed partial class ApiDocumentationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenApiDocument_ListsEveryApiPath_WithSchemas()
    {
        using var client = fixture.App.Anonymous();

        var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct)).RootElement;

        var documented = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        var routes = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "").Where(p => p.StartsWith("/api/v1", StringComparison.Ordinal))
            .Select(p => Constraint().Replace(p, "}").TrimEnd('/')).ToHashSet();
        Assert.NotEmpty(routes);
        Assert.Empty(routes.Except(documented));
        Assert.All(documented, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("ActivityDto", out _));
        Assert.True(schemas.TryGetProperty("ComplianceDto", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_ShowsOnlyCamelCaseNames_NotTheSnakeCaseAliases()
    {
        using var client = fixture.App.Anonymous();

        var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct)).RootElement;

        var schemas = document.GetProperty("components").GetProperty("schemas");
        var names = schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("properties", out _))
            .SelectMany(s => s.Value.GetProperty("properties").EnumerateObject().Select(p => $"{s.Name}.{p.Name}")).ToList();
        Assert.Contains("EvaluateRequest.certifiedOn", names);
        Assert.DoesNotContain(names, n => n.Contains('_', StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReferencePage_Loads_WithItsScriptFromTheApp()
    {
        using var client = fixture.App.Anonymous();

        using var page = await client.GetAsync(new Uri("/api/docs/", UriKind.Relative), Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("CmaRenewal API", html, StringComparison.Ordinal);
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        foreach (var src in scripts)
        {
            using var script = await client.GetAsync(new Uri(new Uri("http://localhost/api/docs/"), src), Ct);
            Assert.True(script.StatusCode == HttpStatusCode.OK, $"{src}: {(int)script.StatusCode}");
            Assert.True((await script.Content.ReadAsByteArrayAsync(Ct)).Length > 1000, src);
        }
    }

    [GeneratedRegex(@":[a-z]+\}")]
    private static partial Regex Constraint();

    [GeneratedRegex("<script[^>]*src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
