using CmaRenewal.Core.Reminders;
using CmaRenewal.E2ETests.Accessibility;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.E2ETests.Staff;

/// <summary>
/// Rachel nudges James from the staff grid: one email goes through the outbox, every row of his shows "Nudged today"
/// disabled, and his page says the same, so a second nudge that day is never offered.
/// </summary>
public sealed class NudgeTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task Manager_NudgesFromTheGrid_OnceADay()
    {
        await Page.SignInAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync("/staff");
        var rows = Page.GetByTestId("staff-grid").Locator("tbody tr.mud-table-row", new() { HasText = "James Carter" });
        var nudges = rows.GetByTestId("nudge");
        await Expect(nudges.First).ToBeEnabledAsync();
        // The grid shows the actions as icons: their accessible names carry the words.
        await Expect(nudges.First).ToHaveAccessibleNameAsync("Nudge James Carter");

        await nudges.First.ClickAsync();

        await Expect(Page.Locator(".mud-snackbar")).ToContainTextAsync("Nudged James Carter");
        foreach (var nudge in await nudges.AllAsync())
        {
            await Expect(nudge).ToBeDisabledAsync();
            await Expect(nudge).ToHaveAccessibleNameAsync("Nudged today James Carter");
        }
        await Page.SaveScreenshotAsync("staff-grid-nudged");
        var email = await NudgeToJamesAsync();
        Assert.Equal(OutboxPurpose.Notice, email.Purpose);
        Assert.Contains("/me", email.TextBody, StringComparison.Ordinal);

        await rows.First.GetByTestId("person-link").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/people/\\d+$"));
        await Expect(Page.GetByTestId("person-name")).ToHaveTextAsync("James Carter");
        await Expect(Page.GetByTestId("person-actions").GetByTestId("nudge")).ToBeDisabledAsync();
        await Expect(Page.GetByTestId("person-actions").GetByTestId("nudge")).ToHaveTextAsync("Nudged today");
    }

    private Task<OutboxEmail> NudgeToJamesAsync() => App.WithDbAsync((db, _) =>
        db.OutboxEmails.AsNoTracking().SingleAsync(e => e.ToAddress == DemoPeople.James && e.DigestKey!.StartsWith("nudge/")));
}
