using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.TestKit;

/// <summary>Clocks for tests: fixed instants, so assertions compare exact values.</summary>
public static class TestClock
{
    /// <summary>2026-03-02 14:30 UTC, a Monday; any fixed instant would do.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create(DateTimeOffset? start = null) => new(start ?? DefaultStart);
}
