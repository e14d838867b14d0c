using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Staff;

/// <summary>
/// At 1280×800, the browser tests' desktop, the staff grid shows every column: its Actions column (the nudge and invite
/// icons) lies inside the window and the table does not scroll sideways (issue 12 saw the Actions column clipped).
/// </summary>
public sealed class StaffGridFitTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task At1280_TheGridHasNoSidewaysScroll_AndEveryActionIsInView()
    {
        await Page.SignInAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync("/staff");
        var grid = Page.GetByTestId("staff-grid");
        await Expect(grid.Locator("tbody tr.mud-table-row")).ToHaveCountAsync(7);
        var nudges = grid.GetByTestId("nudge");
        await Expect(nudges).ToHaveCountAsync(7);

        var scroller = grid.Locator(".mud-table-container");
        var (scrollWidth, clientWidth) = await scroller.EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]") is [var s, var c] ? (s, c) : default;
        Assert.True(scrollWidth <= clientWidth, $"The grid scrolls sideways: {scrollWidth} px of content in {clientWidth} px.");
        var pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 1280, $"The page scrolls sideways: {pageWidth} px wide.");

        foreach (var nudge in await nudges.AllAsync())
        {
            var box = await nudge.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 1280, $"A nudge button lies outside the window: x {box.X} to {box.X + box.Width}.");
        }
        var header = grid.Locator("thead th").Last;
        await Expect(header).ToContainTextAsync("Actions");
        var headerBox = await header.BoundingBoxAsync();
        Assert.True(headerBox!.X + headerBox.Width <= 1280, $"The Actions header ends at {headerBox.X + headerBox.Width} px.");
    }
}
