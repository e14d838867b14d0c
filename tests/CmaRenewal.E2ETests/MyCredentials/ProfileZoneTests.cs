using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.MyCredentials;

/// <summary>The profile's time zone picker: found by a friendly name, US zones first, saved and said back in words.</summary>
public sealed class ProfileZoneTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task Assistant_FindsHerZoneByName_AndTheSaveSaysItInWords()
    {
        await Page.SignInAsync(DemoPeople.Tom);
        await GotoInteractiveAsync("/me/profile");
        var zone = Page.GetByLabel("Time zone", new() { Exact = true });

        await zone.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Option).First).ToHaveTextAsync("Eastern Time (New York)");
        await zone.FillAsync("mountain");
        await Page.GetByRole(AriaRole.Option, new() { Name = "Mountain Time (Denver)" }).ClickAsync();
        await Expect(zone).ToHaveValueAsync("Mountain Time (Denver)");
        // Picking closes the list through a round trip; on a busy machine it can still cover the save button.
        await CloseListAsync(zone);
        await Page.GetByTestId("profile-save").ClickAsync();

        await Expect(Page.GetByText("Saved. Your dates now follow Mountain Time (Denver).")).ToBeVisibleAsync();
        await Page.SaveScreenshotAsync("profile-time-zone");

        // Back to Lakeside's zone (blank follows the clinic), so the shared demo is as other tests expect it.
        await zone.ClearAsync();
        // The cleared field lists every zone, after a round trip that can outrun an Escape: close the list until it
        // stays closed, so it never covers the save button.
        await Expect(Page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await CloseListAsync(zone);
        await Page.GetByTestId("profile-save").ClickAsync();
        await Expect(Page.GetByText("Saved. Your dates now follow Central Time (Chicago).")).ToBeVisibleAsync();
    }

    // Closes the zone list until it stays closed.
    private async Task CloseListAsync(ILocator zone)
    {
        var options = Page.GetByRole(AriaRole.Option);
        for (var attempt = 0; attempt < 5 && await options.CountAsync() > 0; attempt++)
        {
            await zone.PressAsync("Escape");
            await Page.WaitForTimeoutAsync(300);
        }
        await Expect(options).ToHaveCountAsync(0);
    }
}
