using System.Diagnostics;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.MyCredentials;

/// <summary>
/// Server time of the assistant's home page (prerendered HTML for Maria, in-process, so no network in the figure).
/// The target is 100 ms; the assertion is ten times looser so a busy build machine cannot make it flaky, yet an N+1
/// query or a per-activity engine run would still trip it. The figure is written to the test output.
/// </summary>
[Collection(SharedApp.Collection)]
public sealed class PersonPageTimingTests(SharedApp shared)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MariasHomePage_RendersWellUnderASecond()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Maria);
        var home = new Uri("/me", UriKind.Relative);
        for (var i = 0; i < 10; i++) await client.GetStringAsync(home, Ct);

        var times = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var watch = Stopwatch.StartNew();
            var html = await client.GetStringAsync(home, Ct);
            times.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Contains("credential-card", html, StringComparison.Ordinal);
        }
        times.Sort();

        TestContext.Current.TestOutputHelper?.WriteLine($"Maria's home page: median {times[10]:0.0} ms, slowest {times[^1]:0.0} ms of 20 requests");
        Assert.True(times[10] < 1000, $"median {times[10]:0.0} ms");
    }
}
