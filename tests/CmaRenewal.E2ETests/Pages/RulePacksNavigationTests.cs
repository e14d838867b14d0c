using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Pages;

public sealed class RulePacksNavigationTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task RulePacksLink_OpensThePackList_AndExpandingAPackShowsItsRulesWithSources()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Rule packs" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Uri(App.BaseAddress, "rules").ToString());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Rule packs" })).ToBeVisibleAsync();

        var aama = Page.Locator(".mud-expand-panel").Filter(new() { Has = Page.GetByText("CMA-AAMA", new() { Exact = true }) });
        await aama.Locator(".mud-expand-panel-header").ClickAsync();

        var firstRule = aama.Locator("tbody tr").First;
        await Expect(firstRule).ToBeVisibleAsync();
        await Expect(firstRule.Locator("a[href^='https://']")).ToBeVisibleAsync();
        await Page.SaveScreenshotAsync("rules-cma-aama-expanded");
    }
}
