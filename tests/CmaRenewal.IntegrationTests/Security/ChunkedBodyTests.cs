using System.Net;
using System.Text.Json;
using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Issue 9, High 2: one size limit (1 MiB by default) on every request body, chunked or not. Past it the answer is 413
/// at once, and the server does not buffer what it refuses. Real Kestrel, measured by the process's allocations.
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
        using var client = host.ApiClient();
        var path = await ActivitiesPathAsync();
        using var warmUp = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative),
            new RepeatedContent("application/json", "{\"title\":\"", 'a', TwentyEightMegabytes, "\"}"), Ct);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.True(allocated < AllowedAllocation, $"The process allocated {allocated / 1024 / 1024} MB for this request ({(int)response.StatusCode}).");
        await ExpectTooLargeProblemAsync(response);
    }

    [Fact]
    public async Task JsonDeclaringALengthOverTheLimit_Is413()
    {
        using var client = host.ApiClient();

        using var response = await client.PostAsync(new Uri(await ActivitiesPathAsync(), UriKind.Relative),
            new RepeatedContent("application/json", "{\"title\":\"", 'a', 2 * 1024 * 1024, "\"}", declareLength: true), Ct);

        await ExpectTooLargeProblemAsync(response);
    }

    [Fact]
    public async Task JsonUnderTheLimit_StillReachesTheEndpoint()
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
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = host.Address };

        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative),
            new RepeatedContent("application/x-www-form-urlencoded", "_handler=login&Input.Email=", 'a', 2 * 1024 * 1024, "&Input.Password=x"), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(response.Headers.ConnectionClose, "The connection should close rather than drain the rest of the body.");
    }

    private async Task<string> ActivitiesPathAsync() =>
        $"/api/v1/people/{await new Api.ApiWorld(host.App).PersonAsync(SignIn.Maria)}/activities";

    private static async Task ExpectTooLargeProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.ConnectionClose, "The connection should close rather than drain the rest of the body.");
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Contains("1 MiB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
