using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Calendar;

/// <summary>
/// Aisha copies the calendar address /me shows her, and a calendar app subscribes to it: a plain GET of exactly that
/// address, with no cookie, answers her events as text/calendar. Aisha's feed is no other browser test's subject.
/// </summary>
public sealed class FeedSubscriptionTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task TheAddressShownOnMe_IsAbsolute_AndACalendarClientWithoutCookiesGetsHerEvents()
    {
        await Page.SignInAsync(DemoPeople.Aisha);
        await GotoInteractiveAsync("/me");
        var packs = await Page.GetByTestId("credential-card").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.pack)");
        await Page.GetByTestId("calendar-feed-create").ClickAsync();
        var field = Page.Locator("input[data-testid=calendar-feed-url], [data-testid=calendar-feed-url] input");
        await Expect(field).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"\.ics$"));

        var shown = await field.InputValueAsync();
        Assert.True(Uri.TryCreate(shown, UriKind.Absolute, out var address), $"'{shown}' is not an absolute address.");
        Assert.Equal(App.BaseAddress.GetLeftPart(UriPartial.Authority), address.GetLeftPart(UriPartial.Authority));
        // A calendar app: its own client, no cookie jar, no sign-in.
        using var calendarApp = new HttpClient(new HttpClientHandler { UseCookies = false });
        using var response = await calendarApp.GetAsync(address, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", body, StringComparison.Ordinal);
        Assert.NotEmpty(packs);
        Assert.All(packs, pack => Assert.Contains($"SUMMARY:Expires: {pack}", body, StringComparison.Ordinal));
    }
}
