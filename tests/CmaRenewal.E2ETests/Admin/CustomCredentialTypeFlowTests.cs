using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Admin;

/// <summary>
/// Ada defines an ACLS type the shipped packs lack (a bad cycle length is refused on its field first); Emma, an
/// assistant, then adds an ACLS card whose expiry the type computes; /rules lists it as defined by the organisation.
/// </summary>
public sealed class CustomCredentialTypeFlowTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    private const string Emma = "emma.wilson" + DemoPeople.Domain;

    [Fact]
    public async Task AdminDefinesAcls_AnAssistantAddsIt_AndTheRulesPageSaysWhoDefinedIt()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        await GotoInteractiveAsync("/admin/credential-types");
        await Field("type-credential").FillAsync("ACLS");
        await Field("type-body").FillAsync("AHA");
        await Field("type-name").FillAsync("Advanced Cardiovascular Life Support");
        await Field("type-months").FillAsync("0");
        await Field("type-months").PressAsync("Tab");
        await Page.GetByTestId("type-save").ClickAsync();
        await Expect(Page.GetByTestId("custom-type-form")).ToContainTextAsync("Cycle length: 1 to 600 months.");

        await Field("type-months").FillAsync("24");
        await Field("type-months").PressAsync("Tab");
        await Page.GetByTestId("type-save").ClickAsync();
        await Expect(Page.GetByTestId("type-notice")).ToHaveTextAsync("Defined ACLS-AHA. People can now add a credential of this type.");
        await Expect(Page.GetByTestId("custom-versions-ACLS-AHA")).ToContainTextAsync("New credential type.");
        await Page.SaveScreenshotAsync("admin-credential-type-defined");

        // On a phone the versions table scrolls sideways: its container is then a named region a keyboard can reach.
        await Page.SetViewportSizeAsync(390, 844);
        var versions = Page.Locator("[data-testid=custom-versions-ACLS-AHA] .mud-table-container");
        await Expect(versions).ToHaveAttributeAsync("tabindex", "0");
        await Expect(versions).ToHaveAttributeAsync("aria-label", "Versions of ACLS-AHA");
        await Page.SetViewportSizeAsync(1280, 800);
        await Expect(versions).Not.ToHaveAttributeAsync("tabindex", "0");

        await Page.Context.ClearCookiesAsync();
        await Page.SignInAsync(Emma);
        await GotoInteractiveAsync("/me");
        await Page.GetByTestId("add-credential").ClickAsync();
        await Page.Locator("[data-testid=credential-form] .mud-select").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "ACLS-AHA" }).ClickAsync();
        await Page.Locator("input[data-testid=cred-certified]").FillAsync("2026-01-10");
        await Page.Locator("input[data-testid=cred-certified]").PressAsync("Tab");
        // The type's rule: the end of the month of issue plus 24 months.
        await Expect(Page.GetByTestId("cred-computed-expiry")).ToHaveTextAsync("Computed expiry: Jan 31, 2028");
        await Page.GetByTestId("cred-save").ClickAsync();
        await Expect(Page.GetByTestId("page-message")).ToHaveTextAsync("Credential saved.");
        await Expect(Page.Locator("[data-testid=credential-card][data-pack=ACLS-AHA]")).ToHaveCountAsync(1);

        await GotoInteractiveAsync("/rules");
        var acls = Page.GetByTestId("organisation-packs").Locator(".mud-expand-panel")
            .Filter(new() { Has = Page.GetByText("ACLS-AHA", new() { Exact = true }) });
        await Expect(acls.GetByTestId("defined-by-organisation")).ToHaveTextAsync("defined by your organisation");
        await acls.Locator(".mud-expand-panel-header").ClickAsync();
        await Expect(acls.GetByText("defined by your organisation").Nth(1)).ToBeVisibleAsync();
        await Page.SaveScreenshotAsync("rules-defined-by-organisation");
    }

    // MudBlazor puts unmatched attributes on the input itself.
    private ILocator Field(string testId) => Page.Locator($"input[data-testid={testId}]");
}
