using System.Text.RegularExpressions;
using CmaRenewal.Core.Compliance;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Pages;

public sealed partial class HomePageTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task Home_ListsTheDemoPeople_AndCountsEveryStatus()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/");

        await Expect(Page.GetByTestId("compliance-table")).ToContainTextAsync("Maria Lopez");
        foreach (var status in Enum.GetValues<CredentialStatus>())
        {
            // The small demo holds every status (IntegrationTests' SmallDemoTests), so each count is at least 1.
            await Expect(Page.Locator($"[data-status-count={status}]")).ToHaveTextAsync(PositiveCount());
        }
        await Page.SaveScreenshotAsync("home-desktop");
    }

    [GeneratedRegex("^[1-9][0-9]*$")]
    private static partial Regex PositiveCount();
}
