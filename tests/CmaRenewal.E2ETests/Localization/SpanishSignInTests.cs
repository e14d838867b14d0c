using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Localization;

/// <summary>
/// A browser set to Spanish (es-US) gets the sign-in pages in Spanish before anyone has signed in: the page, its
/// validation, the wrong-password error, and the forgotten-password pages; signing in still works.
/// </summary>
public sealed class SpanishSignInTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    protected override string? Locale => "es-US";

    [Fact]
    public async Task SignIn_ReadsInSpanish_AWrongPasswordSaysSoInSpanish_AndTheRightOneSignsIn()
    {
        await Page.GotoAsync("/Account/Login");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Iniciar sesión", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Use la dirección de correo electrónico con la que su clínica le invitó.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "¿Olvidó su contraseña?" })).ToBeVisibleAsync();
        var signIn = Page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" });

        await Page.GetByLabel("Correo electrónico", new() { Exact = true }).FillAsync(DemoPeople.Maria);
        await Page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync("not-her-password");
        await signIn.ClickAsync();
        await Expect(Page.GetByText("Error: intento de inicio de sesión no válido.")).ToBeVisibleAsync();
        await Page.SaveScreenshotAsync("sign-in-es");

        await Page.GetByLabel("Correo electrónico", new() { Exact = true }).FillAsync(DemoPeople.Maria);
        await Page.GetByLabel("Contraseña", new() { Exact = true }).FillAsync(DemoPeople.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEmptyForm_IsRefusedInSpanish_NamingEachField()
    {
        await Page.GotoAsync("/Account/Login");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Listitem))
            .ToHaveTextAsync(["El campo Correo electrónico es obligatorio.", "El campo Contraseña es obligatorio."]);
    }

    [Fact]
    public async Task ForgotPassword_ReadsInSpanish_AndSoDoesItsConfirmation()
    {
        await Page.GotoAsync("/Account/ForgotPassword");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "¿Olvidó su contraseña?" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Escriba su correo electrónico." })).ToBeVisibleAsync();
        // An address nobody has: the page answers the same as for a real one, and sends nothing.
        await Page.GetByLabel("Correo electrónico", new() { Exact = true }).FillAsync("nadie@example.org");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Restablecer contraseña" }).ClickAsync();

        await Expect(Page.GetByText("Revise su correo electrónico para restablecer su contraseña.")).ToBeVisibleAsync();
        await Expect(Page).ToHaveTitleAsync("Confirmación de contraseña olvidada");
    }
}
