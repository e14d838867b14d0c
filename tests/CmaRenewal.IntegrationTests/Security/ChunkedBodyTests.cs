using System.Net;
using System.Text.Json;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Issue 9, High 2: one size limit (1 MiB by default) on every request body, chunked or not. Past it the answer is 413
/// at once, and the server does not buffer what it refuses. Real Kestrel, measured by the process's allocations
/// (before the fix: 208 MB allocated for one 28 MB chunked body, and a 400 after reading all of it).
/// </summary>
[Collection(typeof(MeasuresMemory))]
public sealed class ChunkedBodyTests(KestrelApp host) : IClassFixture<KestrelApp>
{
    private const long TwentyEightMegabytes = 28L * 1024 * 1024;
    private const long AllowedAllocation = 16L * 1024 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChunkedJson_OfTwentyEightMegabytes_Is413_WithoutBufferingIt()
    {
        var path = await ActivitiesPathAsync();
        using (var client = host.ApiClient()) (await client.GetAsync(new Uri(path, UriKind.Relative), Ct)).Dispose();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var response = await PostJsonAsync(path, TwentyEightMegabytes, chunked: true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        TestContext.Current.TestOutputHelper?.WriteLine($"28 MB chunked JSON: {allocated / 1024.0 / 1024:F1} MB allocated by the process.");
        Assert.True(allocated < AllowedAllocation, $"The process allocated {allocated / 1024 / 1024} MB for this request ({response.Status}).");
        ExpectTooLargeProblem(response);
    }

    [Fact]
    public async Task FourChunkedBodiesAtOnce_AreAll413_WithFlatMemory()
    {
        var path = await ActivitiesPathAsync();
        using (var client = host.ApiClient()) (await client.GetAsync(new Uri(path, UriKind.Relative), Ct)).Dispose();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostJsonAsync(path, TwentyEightMegabytes, chunked: true)));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.True(allocated < 2 * AllowedAllocation, $"The process allocated {allocated / 1024 / 1024} MB for four requests.");
        Assert.All(responses, ExpectTooLargeProblem);
    }

    [Fact]
    public async Task JsonDeclaringALengthOverTheLimit_Is413()
    {
        var response = await PostJsonAsync(await ActivitiesPathAsync(), 2 * 1024 * 1024, chunked: false);

        ExpectTooLargeProblem(response);
    }

    [Fact]
    public async Task ChunkedJson_UnderTheLimit_StillReachesTheEndpoint()
    {
        using var client = host.ApiClient();

        using var response = await client.PostAsync(new Uri(await ActivitiesPathAsync(), UriKind.Relative),
            new RepeatedContent("application/json", "{\"title\":\"", 'a', 900 * 1024, "\"}"), Ct);

        // The endpoint read it and refused the title on its merits, not the size.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").TryGetProperty("title", out _));
    }

    [Fact]
    public async Task ChunkedFormPost_OverTheLimit_Is413()
    {
        var form = new RepeatedContent("application/x-www-form-urlencoded", "_handler=login&Input.Email=", 'a', 2 * 1024 * 1024, "&Input.Password=x");

        var response = await RawHttp.PostAsync(host.Address, "/Account/Login", [$"Content-Type: {form.ContentType}"], form, chunked: true, Ct);

        Assert.Equal(413, response.Status);
        Assert.Equal("close", response.Header("Connection"));
        Assert.Contains("1 MiB", response.Body, StringComparison.Ordinal);
    }

    private async Task<string> ActivitiesPathAsync() =>
        $"/api/v1/people/{await new Api.ApiWorld(host.App).PersonAsync(DemoPeople.Maria)}/activities";

    private Task<RawResponse> PostJsonAsync(string path, long titleLength, bool chunked)
    {
        var json = new RepeatedContent("application/json", "{\"title\":\"", 'a', titleLength, "\"}");
        return RawHttp.PostAsync(host.Address, path, [$"Authorization: Bearer {host.Token}", "Content-Type: application/json"], json, chunked, Ct);
    }

    private static void ExpectTooLargeProblem(RawResponse response)
    {
        Assert.True(response.Status == 413, $"{response.Status}: {response.Body[..Math.Min(response.Body.Length, 300)]}");
        Assert.Equal("application/problem+json", response.Header("Content-Type")?.Split(';')[0]);
        Assert.Equal("close", response.Header("Connection"));
        var problem = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Contains("1 MiB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
