namespace CmaRenewal.E2ETests.Hosting;

/// <summary>The marker browser tests wait for must be absent from prerendered HTML, or the wait would prove nothing.</summary>
[Collection(BrowserFixtures.Name)]
public sealed class InteractivityMarkerTests(RunningApp app)
{
    [Fact]
    public async Task PrerenderedPage_HasNoInteractiveMarker()
    {
        var html = await app.CreateClient().GetStringAsync(new Uri("/rules", UriKind.Relative), TestContext.Current.CancellationToken);

        // Anonymous, so this is the sign-in page, served through the same layout as every page.
        Assert.Contains("Sign in", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-interactive", html, StringComparison.Ordinal);
    }
}
