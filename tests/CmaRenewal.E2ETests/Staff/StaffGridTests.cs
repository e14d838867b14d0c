using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Staff;

public sealed class StaffGridTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task Manager_FiltersToAtRisk_SeesOnlyAtRiskRows_AndOpensThePerson()
    {
        await Page.SignInAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync("/staff");
        var grid = Page.GetByTestId("staff-grid");
        await Expect(grid.Locator("tbody tr.mud-table-row")).ToHaveCountAsync(7); // six credentials and Liam's Missing row

        await Page.GetByTestId("status-filter").ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "At risk" }).ClickAsync();
        await Page.Keyboard.PressAsync("Escape");

        var rows = grid.Locator("tbody tr.mud-table-row");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "AtRisk");
        await Expect(rows.GetByTestId("person-link")).ToHaveTextAsync("Aisha Khan");
        await Page.SaveScreenshotAsync("staff-grid-at-risk");

        await rows.GetByTestId("person-link").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/people/\\d+$"));
    }
}
