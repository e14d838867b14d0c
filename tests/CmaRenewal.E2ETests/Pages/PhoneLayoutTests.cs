using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Pages;

/// <summary>The staff compliance page, where a manager lands, on a common phone size (390 × 844 CSS pixels).</summary>
public sealed class PhoneLayoutTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    protected override (int Width, int Height) Viewport => (390, 844);

    [Fact]
    public async Task StaffCompliance_OnAPhone_HasNoHorizontalScroll()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/staff?clinic=all");
        await Expect(Page.GetByTestId("staff-grid")).ToContainTextAsync("Maria Lopez");

        var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var viewportWidth = await Page.EvaluateAsync<int>("() => window.innerWidth");

        Assert.True(scrollWidth <= viewportWidth, $"page is {scrollWidth} px wide in a {viewportWidth} px viewport");
        await Page.SaveScreenshotAsync("home-phone-390x844");
    }

    [Fact]
    public async Task StaffCompliance_OnAPhone_StacksEachGridRowAsLabelledCells()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/staff?clinic=all");
        var table = Page.GetByTestId("staff-grid");
        await Expect(table).ToContainTextAsync("Maria Lopez");

        // MudDataGrid's Breakpoint.Xs: below 600 px the header row is hidden and each cell becomes a labelled flex row.
        await Expect(table.Locator(".mud-table-head .mud-table-row")).ToBeHiddenAsync();
        var personCell = table.Locator(".mud-table-body td[data-label=Person]").First;
        await Expect(personCell).ToHaveCSSAsync("display", "flex");
        await table.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, "home-phone-stacked-table.png") });
    }

    [Fact]
    public async Task Escape_ClosesTheMenu_AndPutsFocusBackOnTheMenuButton()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/");
        var menuButton = Page.GetByRole(AriaRole.Button, new() { Name = "Menu", Exact = true });
        var menuLink = Page.GetByRole(AriaRole.Link, new() { Name = "My credentials" });

        await menuButton.ClickAsync();
        await Expect(menuLink).ToBeInViewportAsync();
        await menuLink.FocusAsync();
        await Page.Keyboard.PressAsync("Escape");

        await Expect(menuLink).Not.ToBeInViewportAsync();
        await Expect(menuButton).ToBeFocusedAsync();
        await Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "false");
    }
}
