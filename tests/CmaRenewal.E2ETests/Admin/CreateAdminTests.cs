using CmaRenewal.Web.Hosting;

namespace CmaRenewal.E2ETests.Admin;

/// <summary>
/// The first admin's way in: the <c>create-admin</c> verb prints a link; opened in the browser, it chooses a password
/// on the reset page, and the new admin signs in with it. On an app of its own, so the clinic and admin it adds never
/// show in the shared app's grids and counts.
/// </summary>
[Collection(BrowserFixtures.Name)]
public sealed class CreateAdminTests(DebianChromium chromium)
{
    private const string Email = "first.admin@clinic.example";
    private const string Password = "Chosen-in-the-browser-2026";

    [Fact]
    public async Task ThePrintedLink_ChoosesAPassword_AndTheAdminSignsIn()
    {
        await using var app = new RunningApp();
        await app.InitializeAsync();
        var output = new StringWriter();
        var exit = await AdminCommand.Parse(["create-admin", Email, "--first", "Fiona", "--last", "First", "--clinic", "Harbor Clinic"])!
            .RunAsync(app.Services, output, TestContext.Current.CancellationToken);
        Assert.Equal(0, exit);
        var link = output.ToString().ReplaceLineEndings("\n").Split('\n')[1];
        Assert.StartsWith(new Uri(app.BaseAddress, "Account/ResetPassword?code=").AbsoluteUri, link, StringComparison.Ordinal);
        await using var context = await chromium.NewContextAsync(app.BaseAddress);
        var page = await context.NewPageAsync();

        await page.GotoAsync(link);
        await page.Locator("#Input\\.Email").FillAsync(Email);
        await page.Locator("#Input\\.Password").FillAsync(Password);
        await page.Locator("#Input\\.ConfirmPassword").FillAsync(Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Account/ResetPasswordConfirmation", StringComparison.Ordinal));

        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input\\.Email").FillAsync(Email);
        await page.Locator("#Input\\.Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
        await page.GotoAsync("/admin/clinics");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = Email })).ToBeVisibleAsync();
        // Signed in as an admin: the clinics page lists the clinic the verb created.
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Harbor Clinic" })).ToBeVisibleAsync();
    }
}
