using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Theme;

/// <summary>
/// The theme follows the system's light/dark setting until the person chooses, and the choice outlives a reload.
/// (The dark theme's contrast is scanned page by page in <c>DarkDesktopPageScanTests</c>.)
/// </summary>
public sealed class DarkThemeTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    protected override ColorScheme SystemColorScheme => ColorScheme.Dark;

    [Fact]
    public async Task SystemSetToDark_GivesTheDarkTheme_FromTheSignInPageOn()
    {
        // A sign-in page has no circuit: the server themes it from what the browser said of its setting on an
        // earlier page (client hint or the script's cookie), so the first page a browser ever opens may be light.
        await Page.GotoAsync("/Account/Login");
        await Page.ReloadAsync();
        Assert.True(await BackgroundIsDarkAsync(), "the sign-in page follows the system's dark setting");

        await Page.SignInAsync(DemoPeople.Maria);
        await GotoInteractiveAsync("/me");

        await Expect(Page.Locator("[data-theme=dark]")).ToBeVisibleAsync();
        Assert.True(await BackgroundIsDarkAsync());
        await Page.SaveScreenshotAsync("me-dark");
    }

    [Fact]
    public async Task ChoosingLight_OnADarkSystem_StaysLightAfterAReload_UntilMatchSystemIsChosen()
    {
        await Page.SignInAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync("/staff");
        await Expect(Page.Locator("[data-theme=dark]")).ToBeVisibleAsync();
        await Page.SaveScreenshotAsync("staff-dark");

        await ChooseAsync("light");
        await Expect(Page.Locator("[data-theme=light]")).ToBeVisibleAsync();
        await GotoInteractiveAsync("/staff");
        await Expect(Page.Locator("[data-theme=light]")).ToBeVisibleAsync();
        Assert.False(await BackgroundIsDarkAsync());

        await ChooseAsync("system");
        await Expect(Page.Locator("[data-theme=dark]")).ToBeVisibleAsync();
        await GotoInteractiveAsync("/staff");
        await Expect(Page.Locator("[data-theme=dark]")).ToBeVisibleAsync();
    }

    private async Task ChooseAsync(string choice)
    {
        await Page.GetByTestId("theme-menu").Locator("button").First.ClickAsync();
        await Page.GetByTestId($"theme-{choice}").ClickAsync();
    }

    // The page's own background, as painted: relative luminance below that of mid grey.
    private Task<bool> BackgroundIsDarkAsync() => Page.EvaluateAsync<bool>("""
        () => {
            const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
            return (0.2126 * r + 0.7152 * g + 0.0722 * b) < 128;
        }
        """);
}
