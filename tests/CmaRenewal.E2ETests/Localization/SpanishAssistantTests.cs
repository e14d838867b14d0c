using System.Globalization;
using CmaRenewal.Application.Common;
using CmaRenewal.Application.Localization;
using CmaRenewal.E2ETests.Accessibility;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Localization;

/// <summary>
/// Maria's browser reads Spanish: her own pages follow it until she chooses a language in her profile, and her
/// choice of "the browser's language" hands it back to the browser.
/// </summary>
public sealed class SpanishAssistantTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    protected override string? Locale => "es-US";

    [Fact]
    public async Task Maria_LogsCeThroughTheForm_AndReadsHerProgressInSpanish()
    {
        await Page.SignInAsync(DemoPeople.Maria);
        await GotoInteractiveAsync("/me");
        await Expect(Page.GetByTestId("person-name")).ToHaveTextAsync("Mis credenciales");
        var rmaTotal = Page.Locator("[data-testid=credential-card][data-pack=RMA-AMT] [data-testid=progress-total]");
        await Expect(rmaTotal).ToContainTextAsync("Total de puntos");
        var before = decimal.Parse(await rmaTotal.GetAttributeAsync("data-counted") ?? "0", CultureInfo.InvariantCulture);

        await Page.GetByTestId("log-ce").ClickAsync();
        await Expect(Page.GetByTestId("ce-form")).ToContainTextAsync("Cuenta para");
        await Expect(Page.GetByLabel("Título del curso")).ToBeVisibleAsync();
        var completedOn = DateOnly.ParseExact(await Page.Locator("input[data-testid=ce-date], [data-testid=ce-date] input").InputValueAsync(),
            "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Page.GetByTestId("ce-title").FillAsync("Comunicación con pacientes hispanohablantes");
        await Page.GetByTestId("ce-provider").FillAsync("Relias");
        await Page.GetByTestId("ce-amount").FillAsync("2");
        await Page.GetByTestId("ce-save").ClickAsync();

        await Expect(Page.GetByTestId("page-message")).ToHaveTextAsync("EC guardada.");
        await Expect(rmaTotal).ToHaveAttributeAsync("data-counted", (before + 2m).ToString("0.##", CultureInfo.InvariantCulture));
        var row = Page.GetByTestId("history-table").Locator("tr", new() { HasText = "Comunicación con pacientes hispanohablantes" });
        var spanishDay = Spanish(() => PlainFormat.Date(completedOn));
        Assert.NotEqual(PlainFormat.Date(completedOn), spanishDay);
        await Expect(row).ToContainTextAsync(spanishDay);
        await Expect(row).ToContainTextAsync("Sin verificar");
        // Milestones read like the date above: day, Spanish month, year ("30 abr 2028").
        await Expect(Page.Locator("[data-testid=credential-card][data-pack=RMA-AMT] [data-testid=milestones]"))
            .ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{1,2} [a-z]{3,4}\.? \d{4}"));
        await Page.SaveScreenshotAsync("me-spanish");
    }

    [Fact]
    public async Task Profile_LanguageChoice_TakesEffect_AndBrowsersLanguageHandsItBack()
    {
        await Page.SignInAsync(DemoPeople.Maria);
        await GotoInteractiveAsync("/me/profile");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Zona horaria y correos electrónicos");
        await Expect(Radio("Idioma del navegador")).ToBeCheckedAsync();

        await Radio("English").CheckAsync();
        await Page.GetByTestId("profile-language-save").ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Time zone and emails");
        await Page.WaitForInteractiveAsync();
        await Expect(Radio("English")).ToBeCheckedAsync();

        // Back to the browser's language, as the shared demo had it.
        await Radio("Browser's language").CheckAsync();
        await Page.GetByTestId("profile-language-save").ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Zona horaria y correos electrónicos");
        await Page.WaitForInteractiveAsync();
        await Expect(Radio("Idioma del navegador")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task MePages_InSpanish_HaveNoCriticalOrSeriousViolation()
    {
        await Page.SignInAsync(DemoPeople.Maria);
        var findings = new List<AxeFinding>();
        foreach (var path in (string[])["/me", "/me/profile", "/me/tokens"])
        {
            await GotoInteractiveAsync(path);
            findings.AddRange(await Page.ScanAsync(path));
        }

        var blocking = findings.Where(f => AxeScan.Blocking.Contains(f.Impact)).ToList();
        Assert.True(blocking.Count == 0, string.Join('\n', blocking));
    }

    private ILocator Radio(string name) => Page.GetByRole(AriaRole.Radio, new() { Name = name, Exact = true });

    private static string Spanish(Func<string> text)
    {
        using (AppCulture.Use("es")) return text();
    }
}
