namespace CmaRenewal.IntegrationTests.TwoServers;

/// <summary>One running <see cref="ServerPair"/> for a test class that only signs in and reads.</summary>
public sealed class ServerPairFixture : IAsyncLifetime
{
    internal ServerPair Pair { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Pair = await ServerPair.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Pair is not null) await Pair.DisposeAsync();
    }
}
