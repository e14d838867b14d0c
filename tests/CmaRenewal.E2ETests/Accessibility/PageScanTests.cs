using System.Globalization;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Accessibility;

/// <summary>
/// Every page each demo role can reach, scanned with axe-core: no critical or serious WCAG 2.2 AA violation may
/// remain. A failure lists each offending element (rule, impact, target, html excerpt). The two subclasses below
/// run it on a desktop and on a phone.
/// </summary>
public abstract class PageScanTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    public const string Anonymous = "anonymous";

    private static readonly string[] AssistantPages = ["/", "/me", "/me/profile", "/me/audit-drill", "/me/tokens", "/rules"];

    private static readonly string[] ManagerPages =
        [.. AssistantPages, "/staff", "/staff/people", "/staff/audit-drill", "/staff/requirements", "/import", "/people/{maria}"];

    private static readonly string[] AdminPages =
        [.. ManagerPages, "/admin", "/admin/clinics", "/admin/people", "/admin/rules", "/admin/audit", "/admin/outbox", "/admin/policies", "/admin/credential-types"];

    public static TheoryData<string> Roles() => [Anonymous, DemoPeople.Maria, DemoPeople.Rachel, DemoPeople.Ada];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryReachablePage_HasNoCriticalOrSeriousViolation(string role)
    {
        var findings = role == Anonymous ? await ScanSignInPageAsync() : await ScanPagesOfAsync(role);

        foreach (var impact in findings.GroupBy(f => f.Impact))
            TestContext.Current.TestOutputHelper?.WriteLine($"{role} {Viewport}: {impact.Key} {impact.Count()}");
        var blocking = findings.Where(f => AxeScan.Blocking.Contains(f.Impact)).ToList();
        Assert.True(blocking.Count == 0,
            $"{blocking.Count} critical/serious violations for {role} at {Viewport}:\n{string.Join('\n', blocking)}");
    }

    private async Task<IReadOnlyList<AxeFinding>> ScanSignInPageAsync()
    {
        await Page.GotoAsync("/Account/Login");
        await ExpectPageLanguageAsync();
        return await Page.ScanAsync("/Account/Login");
    }

    private async Task<IReadOnlyList<AxeFinding>> ScanPagesOfAsync(string role)
    {
        // A page whose circuit never comes up usually says why in the browser console.
        Page.Console += (_, message) =>
        {
            if (message.Type == "error") TestContext.Current.TestOutputHelper?.WriteLine($"console: {message.Text}");
        };
        await Page.SignInAsync(role);
        var maria = (await App.PersonIdAsync(DemoPeople.Maria)).ToString(CultureInfo.InvariantCulture);
        var findings = new List<AxeFinding>();
        foreach (var path in PagesOf(role).Select(p => p.Replace("{maria}", maria, StringComparison.Ordinal)))
        {
            await GotoScannableAsync(path);
            // Tables and cards load after the first interactive render; scan what the user finally reads.
            await Page.WaitForFunctionAsync("() => !document.querySelector('.mud-table-loading, .mud-skeleton')");
            await ExpectPageLanguageAsync();
            findings.AddRange(await Page.ScanAsync(path));
        }
        return findings;
    }

    /// <summary>
    /// Opens the page and waits for its circuit. A page served without one (static server rendering) is scanned as it
    /// stands, and the test output says so; whether pages become interactive is InteractivityMarkerTests' business.
    /// </summary>
    private async Task GotoScannableAsync(string path)
    {
        await Page.GotoAsync(path);
        try
        {
            await Page.WaitForInteractiveAsync();
            // The dark theme arrives with the circuit when the system hint did not already bring it.
            if (SystemColorScheme == ColorScheme.Dark) await Page.Locator("[data-theme=dark]").WaitForAsync();
        }
        catch (TimeoutException)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{path}: circuit not up in time, scanned the prerendered page");
        }
    }

    // Screen readers pick their voice from <html lang>: it names the language the page is in (the browser's here).
    private async Task ExpectPageLanguageAsync()
    {
        if (Locale is { } locale)
            await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", locale[..2]);
    }

    private static string[] PagesOf(string role) => role switch
    {
        DemoPeople.Ada => AdminPages,
        DemoPeople.Rachel => ManagerPages,
        _ => AssistantPages,
    };

}

/// <summary>The scan at 1366×768, the most common laptop screen.</summary>
public sealed class DesktopPageScanTests(RunningApp app, DebianChromium chromium) : PageScanTests(app, chromium)
{
    protected override (int Width, int Height) Viewport => (1366, 768);
}

/// <summary>The scan at 1366×768 with the system set to dark: the dark theme's contrast is scanned too.</summary>
public sealed class DarkDesktopPageScanTests(RunningApp app, DebianChromium chromium) : PageScanTests(app, chromium)
{
    protected override (int Width, int Height) Viewport => (1366, 768);

    protected override ColorScheme SystemColorScheme => ColorScheme.Dark;
}

/// <summary>
/// The scan at 1366×768 in a Spanish browser: every page in Spanish, so its lang attribute, its labels and the longer
/// Spanish texts are scanned too.
/// </summary>
public sealed class SpanishDesktopPageScanTests(RunningApp app, DebianChromium chromium) : PageScanTests(app, chromium)
{
    protected override (int Width, int Height) Viewport => (1366, 768);

    protected override string? Locale => "es-US";
}

/// <summary>The scan at 390×844, a current phone, where the drawer and tables change shape.</summary>
public sealed class PhonePageScanTests(RunningApp app, DebianChromium chromium) : PageScanTests(app, chromium)
{
    protected override (int Width, int Height) Viewport => (390, 844);
}
