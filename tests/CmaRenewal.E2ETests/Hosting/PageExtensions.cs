using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Hosting;

public static class PageExtensions
{
    /// <summary>
    /// Waits until the Blazor circuit is up. The server prerenders the page first; a click on the prerendered HTML is
    /// lost, so tests wait for the marker MainLayout sets in its first interactive render instead of retrying clicks.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/<paramref name="name"/>.png (gitignored).</summary>
    public static Task SaveScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, $"{name}.png"), FullPage = true });

    /// <summary>
    /// The one browser way to sign in: through the real sign-in page as a demo person, then wait to leave the account
    /// pages. <paramref name="loginPath"/> is relative when the app runs under a path base.
    /// </summary>
    public static async Task SignInAsync(this IPage page, string email, string loginPath = "/Account/Login")
    {
        await page.GotoAsync(loginPath);
        await page.Locator("#Input\\.Email").FillAsync(email);
        await page.Locator("#Input\\.Password").FillAsync(DemoPeople.Password);
        // The form's own submit button, found without its text: the page may read in the browser's language.
        await page.Locator("form:has(#Input\\.Password) button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
    }
}
