using System.Net;
using System.Text.Json;
using CmaRenewal.IntegrationTests.Api;
using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>Issue 9, low: a page past the end (even <c>int.MaxValue</c>) is empty on every paged list, never page 1 again.</summary>
public sealed class PagingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<Actor, string> PagedLists => new()
    {
        { Actor.Ada, "/api/v1/people" },
        { Actor.Maria, "/api/v1/people/{maria}/activities" },
        { Actor.Maria, "/api/v1/people/{maria}/credentials" },
        { Actor.Rachel, "/api/v1/clinics/{riverside}/compliance" },
    };

    [Theory]
    [MemberData(nameof(PagedLists))]
    public async Task HugePage_IsEmpty_WithTheTrueTotal(Actor actor, string template)
    {
        var path = (await fixture.World.FillAsync(template))[0];
        var first = await GetPageAsync(actor, $"{path}?page=1&pageSize=200");
        Assert.True(first.GetProperty("items").GetArrayLength() > 0, $"{path} has nothing to page through.");

        foreach (var page in new[] { int.MaxValue, int.MaxValue / 2 + 1, 1_000_000 })
        {
            foreach (var size in new[] { 1, 50, 200 })
            {
                var far = await GetPageAsync(actor, $"{path}?page={page}&pageSize={size}");

                Assert.Equal(0, far.GetProperty("items").GetArrayLength());
                Assert.Equal(first.GetProperty("total").GetInt32(), far.GetProperty("total").GetInt32());
                Assert.Equal(page, far.GetProperty("page").GetInt32());
            }
        }
    }

    [Fact]
    public async Task PageBeyondANumber_Is400NamingIt()
    {
        using var response = await fixture.Client(Actor.Ada).GetAsync(new Uri("/api/v1/people?page=2147483648", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> GetPageAsync(Actor actor, string path)
    {
        using var response = await fixture.Client(actor).GetAsync(new Uri(path, UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
