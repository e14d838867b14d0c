using System.Text.RegularExpressions;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Staff;

/// <summary>The staff page's cards filter the grid, and every filter lives in the address: reload, back and a shared link keep it.</summary>
public sealed partial class StaffAddressTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task ACardClick_FiltersTheGrid_AndTheFilterSurvivesAReload_UntilBackClearsIt()
    {
        await Page.SignInAsync(DemoPeople.Rachel);
        await Page.WaitForInteractiveAsync();
        var rows = Page.GetByTestId("staff-grid").Locator("tbody tr.mud-table-row");
        // Riverside's six credentials and Liam's Missing row (the demo requires assistants to hold a certification).
        await Expect(rows).ToHaveCountAsync(7);

        await Page.Locator("[data-status-card=AtRisk]").ClickAsync();

        await Expect(Page).ToHaveURLAsync(CardAddress());
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.GetByTestId("person-link")).ToHaveTextAsync("Aisha Khan");

        await Page.ReloadAsync();
        await Page.WaitForInteractiveAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "AtRisk");
        await Expect(Page.Locator("[data-status-card=AtRisk]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Page.SaveScreenshotAsync("staff-card-filter");

        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(StaffWithoutFilters());
        await Expect(rows).ToHaveCountAsync(7);
    }

    [Fact]
    public async Task ASharedLink_OpensTheGridFilteredAsItSays()
    {
        await Page.SignInAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync("/staff?q=liam");

        var rows = Page.GetByTestId("staff-grid").Locator("tbody tr.mud-table-row");
        // His two credentials and his Missing row: neither is one of the certifications assistants must hold.
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(Page.GetByLabel("Name or email")).ToHaveValueAsync("liam");
        // Liam's phlebotomy card: due soon because of its fee, and the grid says so.
        await Expect(rows.Filter(new() { HasText = "CPT-NHA" }).GetByTestId("status-why")).ToContainTextAsync("Fee due");
    }

    [GeneratedRegex("/staff\\?status=AtRisk&active=1$")]
    private static partial Regex CardAddress();

    [GeneratedRegex("/staff$")]
    private static partial Regex StaffWithoutFilters();
}
