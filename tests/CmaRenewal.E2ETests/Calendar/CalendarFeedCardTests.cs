using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Calendar;

/// <summary>
/// James asks for his calendar address on /me, a calendar app fetches it, and he regenerates it: the old address stops
/// working. James is nobody else's subject in the browser tests, and a feed row changes nothing they look at.
/// </summary>
public sealed class CalendarFeedCardTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    private const string James = DemoPeople.James;

    [Fact]
    public async Task James_GetsAnAddress_ItServesHisMilestones_AndRegeneratingRetiresIt()
    {
        await Page.SignInAsync(James);
        await GotoInteractiveAsync("/me");
        var address = Page.Locator("input[data-testid=calendar-feed-url], [data-testid=calendar-feed-url] input");
        await Expect(address).ToHaveCountAsync(0);

        await Page.GetByTestId("calendar-feed-create").ClickAsync();
        await Expect(address).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"/calendar/[A-Za-z0-9_-]{43}\.ics$"));
        var first = Path(await address.InputValueAsync());
        var feed = await Page.APIRequest.GetAsync(first);
        Assert.Equal(200, feed.Status);
        Assert.Contains("SUMMARY:CE due: CMA-AAMA", await feed.TextAsync(), StringComparison.Ordinal);
        await Page.SaveScreenshotAsync("calendar-feed-card");

        await Page.GetByTestId("calendar-feed-regenerate").ClickAsync();
        await Expect(Page.GetByTestId("calendar-feed-confirm")).ToContainTextAsync("stops working at once");
        await Page.GetByTestId("calendar-feed-regenerate-confirm").ClickAsync();
        await Expect(Page.GetByTestId("calendar-feed-message")).ToContainTextAsync("old one no longer works");

        var second = Path(await address.InputValueAsync());
        Assert.NotEqual(first, second);
        Assert.Equal(404, (await Page.APIRequest.GetAsync(first)).Status);
        Assert.Equal(200, (await Page.APIRequest.GetAsync(second)).Status);
    }

    // The address is on App:BaseUrl, which the test host leaves at its default; the path is what matters here.
    private static string Path(string url) => new Uri(url).PathAndQuery;
}
