using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Pages;

/// <summary>The home page on a common phone size (390 × 844 CSS pixels).</summary>
public sealed class PhoneLayoutTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    protected override (int Width, int Height) Viewport => (390, 844);

    [Fact]
    public async Task Home_OnAPhone_HasNoHorizontalScroll()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/");
        await Expect(Page.GetByTestId("compliance-table")).ToContainTextAsync("Maria Lopez");

        var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var viewportWidth = await Page.EvaluateAsync<int>("() => window.innerWidth");

        Assert.True(scrollWidth <= viewportWidth, $"page is {scrollWidth} px wide in a {viewportWidth} px viewport");
        await Page.SaveScreenshotAsync("home-phone-390x844");
    }

    [Fact]
    public async Task Home_OnAPhone_StacksEachTableRowAsLabelledCells()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/");
        var table = Page.GetByTestId("compliance-table");

        // MudTable's Breakpoint.Sm: below 960 px the header row is hidden and each cell becomes a labelled flex row.
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
