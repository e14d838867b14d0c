using System.Net.Mime;
using System.Text;
using System.Text.RegularExpressions;
using CmaRenewal.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>Every <c>/api/v1</c> endpoint for each of the six actors, each with their own token: the status in <see cref="ApiRoute.All"/>.</summary>
public sealed partial class ApiAuthorizationMatrixTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, Actor> Cases()
    {
        var data = new TheoryData<string, Actor>();
        foreach (var route in ApiRoute.All)
        {
            foreach (var actor in Actors.All) data.Add(route.ToString(), actor);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_Actor_GetsTheirStatus(string route, Actor actor)
    {
        var rule = ApiRoute.All.Single(r => r.ToString() == route);
        var filled = await fixture.World.FillAsync(rule.Path, rule.Body);
        using var request = new HttpRequestMessage(new HttpMethod(rule.Method), new Uri(filled[0], UriKind.Relative));
        if (rule.Body is not null) request.Content = new StringContent(filled[1], Encoding.UTF8, MediaTypeNames.Application.Json);

        using var response = await fixture.Client(actor).SendAsync(request, Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(rule.ExpectedFor(actor) == (int)response.StatusCode, $"{actor} {route}: {(int)response.StatusCode} {body}");
        if ((int)response.StatusCode >= 400) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (actor == Actor.Anonymous) Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public void Matrix_CoversEveryApiEndpoint()
    {
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Shape(e.RoutePattern.RawText!)}"))
            .ToHashSet();
        var covered = ApiRoute.All.Select(r => $"{r.Method} {Shape(r.Path.Split('?')[0])}").ToHashSet();

        Assert.NotEmpty(endpoints);
        Assert.Empty(endpoints.Except(covered));
    }

    // "/api/v1/people/{personId:long}/" and "/api/v1/people/{maria}" both become "/api/v1/people/{}".
    private static string Shape(string path) => Parameter().Replace(path, "{}").TrimEnd('/');

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
