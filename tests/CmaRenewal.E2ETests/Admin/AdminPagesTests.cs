using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Admin;

public sealed class AdminPagesTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task Admin_AddsAClinic_PicksItsZoneByName_NoZoneIsRefusedInline_AndTheChangeShowsInTheAuditTrail()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/admin/clinics");
        var zone = Page.Locator("input[data-testid=new-clinic-zone], [data-testid=new-clinic-zone] input").First;

        await Page.Locator("input[data-testid=new-clinic-name]").FillAsync("Hillside");
        await zone.ClearAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add clinic" }).ClickAsync();
        await Expect(Page.GetByText("Choose a time zone from the list.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("(Parameter")).ToHaveCountAsync(0);

        await zone.FillAsync("pacific");
        await Page.GetByRole(AriaRole.Option, new() { Name = "Pacific Time (Los Angeles)" }).ClickAsync();
        await Expect(zone).ToHaveValueAsync("Pacific Time (Los Angeles)");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add clinic" }).ClickAsync();
        // Clinics are listed by name, so Hillside comes first (before Lakeside, Mesa and Riverside).
        await Expect(Page.Locator("[data-testid=clinics-table] input").First).ToHaveValueAsync("Hillside");
        await Expect(Page.Locator("[data-testid=clinics-table] input").Nth(1)).ToHaveValueAsync("Pacific Time (Los Angeles)");
        await Page.SaveScreenshotAsync("admin-clinics");

        await GotoInteractiveAsync("/admin/audit");
        await Expect(Page.Locator("[data-testid=audit-table]")).ToContainTextAsync("Hillside");
        await Page.SaveScreenshotAsync("admin-audit");
    }

    [Fact]
    public async Task Admin_SeesPeopleWithTheirAccountState()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/admin/people");

        var maria = Page.Locator("[data-testid=people-table] tr").Filter(new() { HasText = DemoPeople.Maria });
        await Expect(maria).ToContainTextAsync("email confirmed");
        await Page.SaveScreenshotAsync("admin-people");
    }
}
