using System.Globalization;
using CmaRenewal.TestKit.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.E2ETests.MyCredentials;

/// <summary>Tom adds his BLS card: a date in the future is refused inline and nothing is saved; the right date shows the computed expiry and a new card.</summary>
public sealed class AddCredentialTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task Tom_AddsABlsCard_AfterAFutureDateIsRefusedInline()
    {
        await Page.SignInAsync(DemoPeople.Tom);
        await GotoInteractiveAsync("/me");
        var cards = Page.Locator("[data-testid=credential-card][data-pack=BLS-AHA]");
        await Expect(cards).ToHaveCountAsync(0);

        await Page.GetByTestId("add-credential").ClickAsync();
        await Page.Locator("[data-testid=credential-form] .mud-select").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "BLS-AHA" }).ClickAsync();
        var later = App.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Page.Locator("input[data-testid=cred-certified]").FillAsync(later);
        await Page.Locator("input[data-testid=cred-certified]").PressAsync("Tab");
        await Page.GetByTestId("cred-save").ClickAsync();
        await Expect(Page.GetByTestId("credential-form")).ToContainTextAsync("The certification date cannot be in the future.");
        await Expect(cards).ToHaveCountAsync(0);

        await Page.Locator("input[data-testid=cred-certified]").FillAsync("2026-01-10");
        await Page.Locator("input[data-testid=cred-certified]").PressAsync("Tab");
        // AHA: the end of the month of issue plus 24 months.
        await Expect(Page.GetByTestId("cred-computed-expiry")).ToHaveTextAsync("Computed expiry: Jan 31, 2028");
        await Page.GetByTestId("cred-save").ClickAsync();

        await Expect(Page.GetByTestId("page-message")).ToHaveTextAsync("Credential saved.");
        await Expect(cards).ToHaveCountAsync(1);
        await Page.SaveScreenshotAsync("credential-added");
    }
}
