using System.Net;
using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>Every route in <see cref="RouteRule.All"/> for every <see cref="Actor"/>: allowed, refused, or sent to sign in.</summary>
public sealed class AuthorizationMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, Actor> Cases()
    {
        var data = new TheoryData<string, Actor>();
        foreach (var rule in RouteRule.All)
        {
            foreach (var actor in Actors.All) data.Add(rule.Path, actor);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_Actor_GetsOnlyWhatTheyMaySee(string path, Actor actor)
    {
        var rule = RouteRule.All.Single(r => r.Path == path);
        var client = await fixture.ClientAsync(actor);

        var url = await RoutePlaceholders.ResolveAsync(fixture.App, path, Ct);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        if (actor == Actor.Anonymous) Expect.RedirectToLogin(response);
        else if (rule.Allowed.Contains(actor)) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        else await Expect.DeniedAsync(client, response, Ct);
    }

    [Fact]
    public async Task Placeholders_BecomeDemoIds()
    {
        var people = await RoutePlaceholders.ResolveAsync(fixture.App, "/people/{maria}", Ct);
        var certificate = await RoutePlaceholders.ResolveAsync(fixture.App, "/certificates/{mariaActivity}", Ct);

        Assert.Matches("^/people/[0-9]+$", people);
        Assert.Matches("^/certificates/[0-9]+$", certificate);
    }
}
