namespace CmaRenewal.E2ETests.Pages;

/// <summary>The sign-in page: an email field with a real label, empty fields that do not look filled in, the app's look.</summary>
public sealed class SignInPageTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task EmailField_IsTypeEmail_WithAVisibleLabel_AndNoPlaceholderThatLooksTyped()
    {
        await Page.GotoAsync("/Account/Login");

        var email = Page.GetByLabel("Email", new() { Exact = true });
        await Expect(email).ToHaveAttributeAsync("type", "email");
        await Expect(Page.Locator("label[for='Input.Email']")).ToBeVisibleAsync();
        await Expect(Page.Locator("label[for='Input.Password']")).ToBeVisibleAsync();
        Assert.Equal(0, await Page.Locator("input[placeholder]").CountAsync());
        await Page.SaveScreenshotAsync("sign-in");
    }

    [Fact]
    public async Task SignInButton_AndFocusedField_UseTheAppsPrimaryColour()
    {
        await Page.GotoAsync("/Account/Login");
        var button = Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });

        // AppTheme's primary, #1e6091, through MudBlazor's own button classes and the theme's CSS variables.
        await Expect(button).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-button-filled-primary"));
        await Expect(button).ToHaveCSSAsync("background-color", "rgb(30, 96, 145)");
        await Page.Locator("#Input\\.Email").FocusAsync();
        await Expect(Page.Locator("#Input\\.Email")).ToHaveCSSAsync("border-top-color", "rgb(30, 96, 145)");
    }

    [Fact]
    public async Task EveryPage_LinksTheFavicon_AndItIsServed()
    {
        await Page.GotoAsync("/Account/Login");
        var href = await Page.Locator("link[rel=icon]").GetAttributeAsync("href");

        Assert.NotNull(href);
        var response = await Page.APIRequest.GetAsync(href);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("image/svg+xml", response.Headers["content-type"], StringComparison.Ordinal);
    }
}
