using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.E2ETests.Localization;

/// <summary>
/// The language: a Spanish browser reads the sign-in page in Spanish; a person who picks Español in the app bar reads
/// Spanish at once, and again after signing in from an English browser, because the choice is stored in the profile.
/// Victor is the person here: no other browser test signs him in, so his stored language cannot leak into theirs.
/// </summary>
public sealed class LanguageSwitchTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    private const string Person = DemoPeople.Victor;

    protected override string? Locale => "en-US";

    [Fact]
    public async Task ASpanishBrowser_ReadsTheSignInPageInSpanish()
    {
        await using var context = await NewContextAsync("es-US");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Account/Login");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })).ToContainTextAsync("Iniciar sesión");
        await Expect(page.Locator(".skip-link")).ToHaveTextAsync("Saltar al contenido");
    }

    [Fact]
    public async Task ChoosingEspanol_ReadsSpanishAtOnce_AndAfterSigningInAgainFromAnEnglishBrowser()
    {
        await Page.SignInAsync(Person);
        await Page.WaitForInteractiveAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        try
        {
            await ChooseAsync(Page, "es");
            await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
            await Page.WaitForInteractiveAsync();
            await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })).ToContainTextAsync("Cumplimiento del personal");
            await Page.WaitForFunctionAsync("() => !document.querySelector('.mud-table-loading, .mud-skeleton')");
            await Page.SaveScreenshotAsync("staff-spanish");

            await Page.Locator("form[action='Account/Logout'] button").ClickAsync();
            await using var english = await NewContextAsync("en-US");
            var again = await english.NewPageAsync();
            await again.SignInAsync(Person);
            await again.WaitForInteractiveAsync();

            await Expect(again.Locator("html")).ToHaveAttributeAsync("lang", "es");
            await Expect(again.GetByRole(AriaRole.Navigation, new() { Name = "Menú principal" })).ToContainTextAsync("Cerrar sesión");
        }
        finally
        {
            await ForgetChoiceAsync();
        }
    }

    // Leave Victor as the demo made him, with no language of his own, whatever step failed.
    private async Task ForgetChoiceAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var victor = await db.People.SingleAsync(p => p.Email == Person);
        victor.UseLanguage(null);
        await db.SaveChangesAsync();
    }

    // A full page load follows: the caller waits for what the new page shows.
    private static async Task ChooseAsync(IPage page, string language)
    {
        await page.GetByTestId("language-menu").Locator("button").First.ClickAsync();
        await page.GetByTestId($"language-{language}").ClickAsync();
    }
}
