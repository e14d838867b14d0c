using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Accessibility;

/// <summary>
/// Maria logs a course and Rachel, her manager, verifies it without ever touching a mouse: only Tab, Shift+Tab,
/// Enter, Space and typing (WCAG 2.1.1 Keyboard). The skip link is the first focusable element on every app page.
/// </summary>
public sealed class KeyboardOnlyTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    private const string Title = "Keyboard-only Charting Refresher";

    [Fact]
    public async Task ManagerReachesTheStaffGrid_PastTheMenu_WithTheSkipLink()
    {
        await SignInWithKeyboardAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync("/staff");

        // Opening a page puts the focus on its h1 (Routes' FocusOnNavigate): the content is zero Tabs away.
        await Expect(Page.Locator("main h1")).ToBeFocusedAsync();
        var firstFocusable = await Page.EvaluateAsync<string>(
            "() => document.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])').textContent.trim()");
        Assert.Equal("Skip to content", firstFocusable);
        await SkipToContentAsync();
        await Page.Keyboard.PressAsync("Tab");
        Assert.True(await Page.Locator("main").HasFocusAsync(), "Tab after the skip link left the main content");
    }

    [Fact]
    public async Task AssistantLogsCe_AndManagerVerifiesIt_WithTheKeyboardOnly()
    {
        await SignInWithKeyboardAsync(DemoPeople.Maria);
        await GotoInteractiveAsync("/me");
        await SkipToContentAsync();
        await Page.TabToAsync(Page.GetByTestId("log-ce"));
        await Page.Keyboard.PressAsync("Enter");
        await Page.TypeIntoAsync(Page.GetByTestId("ce-title"), Title);
        await Page.TypeIntoAsync(Page.GetByTestId("ce-provider"), "Relias");
        await Page.TypeIntoAsync(Page.GetByTestId("ce-amount"), "1");
        await Page.TabToAsync(Page.GetByTestId("ce-save"));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByTestId("page-message")).ToHaveTextAsync("CE saved.");

        await Page.TabToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }), backwards: true);
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(url => !url.Contains("/me", StringComparison.Ordinal));
        await SignInWithKeyboardAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync($"/people/{await App.PersonIdAsync(DemoPeople.Maria)}");
        await SkipToContentAsync();
        var row = Page.GetByTestId("history-table").Locator("tr", new() { HasText = Title });
        await Page.TabToAsync(row.GetByTestId("verify"));
        await Page.Keyboard.PressAsync("Space");

        await Expect(row.GetByTestId("verification")).ToHaveTextAsync("Verified");
    }

    /// <summary>From the top of the page (Shift+Tab back past the menu), "Skip to content" and Enter land in the main landmark.</summary>
    private async Task SkipToContentAsync()
    {
        await Page.TabToAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" }), backwards: true);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("main")).ToBeFocusedAsync();
    }

    private async Task SignInWithKeyboardAsync(string email)
    {
        await Page.GotoAsync("/Account/Login");
        await Page.TypeIntoAsync(Page.Locator("#Input\\.Email"), email);
        await Page.TypeIntoAsync(Page.Locator("#Input\\.Password"), DemoPeople.Password);
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
    }

}
