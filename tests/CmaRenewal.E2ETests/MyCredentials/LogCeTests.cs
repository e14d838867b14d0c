using System.Globalization;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.MyCredentials;

/// <summary>Maria logs a course with its PDF certificate from her phone and sees her card and history follow.</summary>
public sealed class LogCeTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    protected override (int Width, int Height) Viewport => (390, 844);

    // A minimal PDF: the sniffer only needs the "%PDF-" header, a viewer is happy with the rest.
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task Maria_LogsCeWithACertificate_AndHerRmaProgressGrows()
    {
        await Page.SignInAsync(DemoPeople.Maria);
        await GotoInteractiveAsync("/");
        var rmaTotal = Page.Locator("[data-testid=credential-card][data-pack=RMA-AMT] [data-testid=progress-total]");
        var before = await CountedAsync(rmaTotal);

        await Page.GetByTestId("log-ce").ClickAsync();
        await Page.GetByTestId("ce-title").FillAsync("Phone Etiquette for Front Desk Staff");
        await Page.GetByTestId("ce-provider").FillAsync("Relias");
        await Page.GetByTestId("ce-amount").FillAsync("2");
        await Page.GetByTestId("ce-file").SetInputFilesAsync(new FilePayload { Name = "phone-etiquette.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await Expect(Page.GetByTestId("ce-file-name")).ToContainTextAsync("phone-etiquette.pdf");
        await Page.SaveScreenshotAsync("log-ce-form-phone");
        await Page.GetByTestId("ce-save").ClickAsync();

        await Expect(Page.GetByTestId("page-message")).ToHaveTextAsync("CE saved.");
        // Clock hours count 1:1 for AMT (rule pack), and the default links include every credential accepting them.
        await Expect(rmaTotal).ToHaveAttributeAsync("data-counted", (before + 2m).ToString("0.##", CultureInfo.InvariantCulture));
        var row = Page.GetByTestId("history-table").Locator("tr", new() { HasText = "Phone Etiquette for Front Desk Staff" });
        await Expect(row).ToContainTextAsync("RMA-AMT: 2 counted");
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "phone-etiquette.pdf" })).ToBeVisibleAsync();
        var certificate = await Page.APIRequest.GetAsync(await row.GetByRole(AriaRole.Link).GetAttributeAsync("href") ?? "");
        Assert.Equal("application/pdf", certificate.Headers["content-type"]);
        Assert.Equal(Pdf, await certificate.BodyAsync());
        await Page.SaveScreenshotAsync("log-ce-saved-phone");
    }

    [Fact]
    public async Task Cards_OnAPhone_HaveNoHorizontalOverflow()
    {
        await Page.SignInAsync(DemoPeople.Maria);
        await GotoInteractiveAsync("/me");
        await Expect(Page.GetByTestId("credential-card").First).ToBeVisibleAsync();

        var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var viewportWidth = await Page.EvaluateAsync<int>("() => window.innerWidth");
        var widestCard = await Page.EvaluateAsync<double>(
            "() => Math.max(...[...document.querySelectorAll('[data-testid=credential-card]')].map(c => c.getBoundingClientRect().right))");

        Assert.True(scrollWidth <= viewportWidth, $"page is {scrollWidth} px wide in a {viewportWidth} px viewport");
        Assert.True(widestCard <= viewportWidth, $"a card reaches {widestCard} px in a {viewportWidth} px viewport");
        await Page.Locator("[data-testid=credential-card]").First.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, "credential-card-phone.png") });
        await Page.SaveScreenshotAsync("my-credentials-phone-390x844");
    }

    private static async Task<decimal> CountedAsync(ILocator progress) =>
        decimal.Parse(await progress.GetAttributeAsync("data-counted") ?? "0", CultureInfo.InvariantCulture);
}
