using System.Text.RegularExpressions;
using CmaRenewal.Core.Compliance;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Pages;

/// <summary>The app's root has no page of its own: signing in lands each role on its page.</summary>
public sealed partial class HomePageTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Theory]
    [InlineData(DemoPeople.Ada, "/admin", "Administration")]
    [InlineData(DemoPeople.Rachel, "/staff", "Staff compliance")]
    [InlineData(DemoPeople.Maria, "/me", "My credentials")]
    public async Task SigningIn_LandsEachRoleOnItsPage(string who, string landing, string heading)
    {
        await Page.SignInAsync(who);

        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(landing) + "$"));
        await Expect(Page.Locator("h1")).ToHaveTextAsync(heading);
    }

    [Fact]
    public async Task StaffCompliance_ForEveryClinic_CountsEveryStatus()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/staff?clinic=all");

        await Expect(Page.GetByTestId("staff-grid")).ToContainTextAsync("Maria Lopez");
        foreach (var status in Enum.GetValues<CredentialStatus>())
        {
            // The small demo holds every status among active people (IntegrationTests' SmallDemoTests), so each count is at least 1.
            await Expect(Page.Locator($"[data-status-count={status}]")).ToHaveTextAsync(PositiveCount());
        }
        await Page.SaveScreenshotAsync("home-desktop");
    }

    [GeneratedRegex("^[1-9][0-9]*$")]
    private static partial Regex PositiveCount();
}
