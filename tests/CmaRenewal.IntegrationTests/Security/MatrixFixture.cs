using System.Collections.Concurrent;
using CmaRenewal.IntegrationTests.Hosting;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>One app and one signed-in client per actor for the whole matrix: signing in hashes a password each time.</summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<Actor, Task<HttpClient>> clients = new();

    public AppFactory App { get; } = new();

    public Task<HttpClient> ClientAsync(Actor actor) => clients.GetOrAdd(actor, a => App.ClientAsync(a));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values) (await client).Dispose();
        await App.DisposeAsync();
    }
}
