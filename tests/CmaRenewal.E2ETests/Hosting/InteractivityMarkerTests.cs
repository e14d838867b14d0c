namespace CmaRenewal.E2ETests.Hosting;

/// <summary>The marker browser tests wait for must be absent from prerendered HTML, or the wait would prove nothing.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class InteractivityMarkerTests(RunningApp app)
{
    [Fact]
    public async Task PrerenderedPage_HasNoInteractiveMarker()
    {
        var html = await app.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Staff compliance", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-interactive", html, StringComparison.Ordinal);
    }
}
