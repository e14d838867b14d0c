using System.Net.Http.Headers;
using CmaRenewal.IntegrationTests.Api;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// The app behind real Kestrel on a loopback port: the in-memory test server neither frames chunked bodies nor enforces
/// Kestrel's own limits, so body-size findings are checked over a real socket.
/// </summary>
public sealed class KestrelApp : IAsyncLifetime
{
    public AppFactory App { get; } = new();

    public Uri Address { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        using var probe = App.CreateClient();
        Address = probe.BaseAddress!;
        Token = (await App.NewTokenAsync(DemoPeople.Maria)).Secret;
    }

    /// <summary>A plain socket client (no test handler in between) carrying Maria's token.</summary>
    public HttpClient ApiClient()
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>Tests that measure the process's allocations run alone, so no other test's work is counted.</summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class MeasuresMemory;
