using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Admin;

public sealed class AdminPagesTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task Admin_AddsAClinic_BadTimeZoneIsRefusedInline_AndTheChangeShowsInTheAuditTrail()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/admin/clinics");

        await Page.Locator("input[data-testid=new-clinic-name]").FillAsync("Hillside");
        await Page.Locator("input[data-testid=new-clinic-zone]").FillAsync("Mountain Time");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add clinic" }).ClickAsync();
        await Expect(Page.GetByText("is not an IANA time zone id")).ToBeVisibleAsync();

        await Page.Locator("input[data-testid=new-clinic-zone]").FillAsync("America/Denver");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add clinic" }).ClickAsync();
        // Clinics are listed by name, so Hillside comes first (before Lakeside, Mesa and Riverside).
        await Expect(Page.Locator("[data-testid=clinics-table] input").First).ToHaveValueAsync("Hillside");
        await Page.SaveScreenshotAsync("admin-clinics");

        await GotoInteractiveAsync("/admin/audit");
        await Expect(Page.Locator("[data-testid=audit-table]")).ToContainTextAsync("Added Clinic");
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
