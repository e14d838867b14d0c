using System.Text.RegularExpressions;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Admin;

/// <summary>
/// An admin who reads Spanish (the language cookie the app bar's menu sets; Ada has chosen no language in her
/// profile) reads the admin pages and their confirmations in Spanish, with times in the Spanish format.
/// </summary>
public sealed partial class AdminInSpanishTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task Admin_ReadsTheAdminPagesInSpanish()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await Page.Context.AddCookiesAsync([new() { Name = "cma-language", Value = "es", Url = App.BaseAddress.ToString() }]);

        await GotoInteractiveAsync("/admin");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Administración");
        await Expect(Page.Locator("main").GetByText("Registro de auditoría")).ToBeVisibleAsync();

        await GotoInteractiveAsync("/admin/people");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Personas y cuentas");
        var maria = Page.Locator("[data-testid=people-table] tr").Filter(new() { HasText = DemoPeople.Maria });
        await Expect(maria).ToContainTextAsync("correo confirmado");
        await Expect(maria).ToContainTextAsync("Asistente");
        // A role change asks first, in Spanish; its "Cancelar" keeps the role.
        await maria.Locator("td").Nth(2).Locator(".mud-select").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Gerente" }).ClickAsync();
        await Expect(Page.Locator(".mud-dialog")).ToContainTextAsync("el rol de Gerente?");
        await Page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Cancelar" }).ClickAsync();
        await Expect(Page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Expect(maria).ToContainTextAsync("Asistente");

        await GotoInteractiveAsync("/admin/clinics");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Clínicas");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Añadir clínica" })).ToBeVisibleAsync();

        await GotoInteractiveAsync("/admin/audit");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Registro de auditoría");
        await Expect(Page.GetByTestId("audit-count")).ToContainTextAsync("coincide");
        await Expect(Page.Locator("[data-testid=audit-table] td").First).ToHaveTextAsync(SpanishTime());

        await GotoInteractiveAsync("/admin/outbox");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Bandeja de salida");
    }

    // "6 dic 2026, 15:04": day, Spanish month, year, 24-hour clock.
    [GeneratedRegex(@"^\d{1,2} [a-zé]{3}\.? \d{4}, \d{2}:\d{2}$")]
    private static partial Regex SpanishTime();
}
