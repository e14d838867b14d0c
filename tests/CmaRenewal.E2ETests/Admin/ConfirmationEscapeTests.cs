using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Admin;

/// <summary>
/// A confirmation (here the admin's role change) is dismissed by Escape as by its Cancel button, in either language:
/// the dialog keeps the keyboard's focus on its Cancel while open, so the key reaches it, and nothing changes.
/// </summary>
public sealed class ConfirmationEscapeTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Theory]
    [InlineData("en", "Manager", "a Manager?", "Assistant", "Cancel")]
    [InlineData("es", "Gerente", "el rol de Gerente?", "Asistente", "Cancelar")]
    public async Task Escape_ClosesTheRoleChangesConfirmation_AndKeepsTheRole(string language, string manager, string asks, string assistant, string cancel)
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await Page.Context.AddCookiesAsync([new() { Name = "cma-language", Value = language, Url = App.BaseAddress.ToString() }]);
        await GotoInteractiveAsync("/admin/people");
        var maria = Page.Locator("[data-testid=people-table] tr").Filter(new() { HasText = DemoPeople.Maria });
        await Expect(maria).ToContainTextAsync(assistant);

        await maria.Locator("td").Nth(2).Locator(".mud-select").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = manager }).ClickAsync();
        var dialog = Page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync(asks);
        // The keyboard is in the dialog, on its safe answer, and stays there though the select it came from takes the
        // focus back a moment later (it did: Escape then went to the select and the dialog stayed open).
        var cancelButton = dialog.GetByRole(AriaRole.Button, new() { Name = cancel });
        await Expect(cancelButton).ToBeFocusedAsync();
        await maria.Locator(".mud-select-input").First.FocusAsync();
        await Expect(cancelButton).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Escape");

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(maria).ToContainTextAsync(assistant);
    }
}
