using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Admin;

public sealed class RuleOverrideFlowTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task Admin_SeesABadValueRefusedInline_ThenSavesAnOverrideThatTheRulesPageLists()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/admin/rules");
        await Page.Locator("div.mud-select").Filter(new() { Has = Page.GetByText("Rule pack") }).First.ClickAsync();
        await Page.GetByText("CMA-AAMA · ", new() { Exact = false }).First.ClickAsync();

        await Field("override-ce-total").FillAsync("20");
        await Field("override-effective").FillAsync("2099-01-01");
        await Field("override-effective").PressAsync("Tab");
        await Field("override-reason").FillAsync("Browser test: AAMA raises the total");
        await Page.Locator("[data-testid=override-save]").ClickAsync();
        await Expect(Page.Locator("[data-testid=override-error]")).ToContainTextAsync("the category minimums add up to more than the total");

        await Field("override-ce-total").FillAsync("70");
        await Field("override-ce-total").PressAsync("Tab");
        await Page.Locator("[data-testid=override-save]").ClickAsync();
        await Expect(Page.Locator("[data-testid=override-saved]")).ToContainTextAsync("in force for cycles starting on or after Jan 1, 2099");
        await Page.SaveScreenshotAsync("admin-rule-override-saved");

        await GotoInteractiveAsync("/rules");
        var aama = Page.Locator(".mud-expand-panel").Filter(new() { Has = Page.GetByText("CMA-AAMA", new() { Exact = true }) });
        await Expect(aama.GetByText("admin override").First).ToBeVisibleAsync();
    }

    // MudBlazor puts unmatched attributes on the input itself.
    private ILocator Field(string testId) => Page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}]");
}
