using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>
/// One app with the small demo seeded and judged on a pinned day (<see cref="Now"/>), for a test class that only reads
/// it: exact dates and statuses without a migrate and seed per test.
/// </summary>
public sealed class PinnedDemoApp : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public AppFactory App { get; } = new() { Clock = new FakeTimeProvider(Now) };

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
