using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Staff;

/// <summary>
/// The demo asks assistants for one of the four medical-assistant certifications; Liam (Riverside) holds none, so his
/// manager sees a Missing row and he is asked to add one. Nothing is saved: the demo app is shared.
/// </summary>
public sealed class MissingCredentialTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    private const string Required = "CMA-AAMA|RMA-AMT|NCMA-NCCT|CCMA-NHA";

    [Fact]
    public async Task Manager_SeesTheMissingRow_AndItsSummaryCard()
    {
        await Page.SignInAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync("/staff");

        var missing = Page.GetByTestId("staff-grid").Locator("tbody tr.mud-table-row").Filter(new() { Has = Page.Locator("[data-status=Missing]") });
        await Expect(missing).ToHaveCountAsync(1);
        await Expect(missing.GetByTestId("person-link")).ToHaveTextAsync("Liam Scott");
        await Expect(missing).ToContainTextAsync(Required);
        await Expect(missing).ToContainTextAsync("Not on file");
        await Expect(Page.GetByTestId("staff-status-cards").Locator("[data-status-count=Missing]")).ToHaveTextAsync("1");
        await Page.SaveScreenshotAsync("staff-grid-missing");
    }

    [Fact]
    public async Task Assistant_IsAskedToAddTheMissingCredential_AndTheFormStartsOnIt()
    {
        await Page.SignInAsync("liam.scott" + DemoPeople.Domain);
        await GotoInteractiveAsync("/me");

        var prompt = Page.GetByTestId("missing-credential");
        await Expect(prompt).ToHaveAttributeAsync("data-codes", Required);
        await Expect(prompt).ToContainTextAsync("Add your certification: CMA (AAMA), RMA (AMT), NCMA (NCCT) or CCMA (NHA)");
        await Page.SaveScreenshotAsync("me-missing-prompt");

        await prompt.GetByTestId("add-missing").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Certified Medical Assistant, CMA (AAMA)")).ToBeVisibleAsync();
    }
}
