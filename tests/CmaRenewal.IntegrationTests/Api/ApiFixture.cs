using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Api;

/// <summary>One app of its own (API tests write rows) and one token client per actor.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private readonly Dictionary<Actor, HttpClient> clients = [];

    public AppFactory App { get; } = new();

    public ApiWorld World => new(App);

    public HttpClient Client(Actor actor) => clients[actor];

    public async ValueTask InitializeAsync()
    {
        foreach (var actor in Actors.All) clients[actor] = await App.ApiClientAsync(actor);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values) client.Dispose();
        await App.DisposeAsync();
    }
}
