using System.Text.RegularExpressions;
using CmaRenewal.TestKit.Demo;
using UglyToad.PdfPig;

namespace CmaRenewal.E2ETests.Print;

/// <summary>
/// /me printed to PDF by Chromium, as the browser's "Save as PDF" does: a document with a header on every page,
/// the statuses as words, and none of the screen's buttons and menus.
/// </summary>
public sealed partial class PrintTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task MyCredentials_PrintedToPdf_IsAShortDocumentWithAHeaderOnEveryPage()
    {
        await Page.SignInAsync(DemoPeople.Maria);
        await GotoInteractiveAsync("/me");
        await Expect(Page.GetByTestId("credential-card").First).ToBeVisibleAsync();
        var statuses = await Page.Locator("[data-testid=credential-card] [data-status]").AllInnerTextsAsync();

        var pdf = await Page.PdfAsync(new() { Format = "Letter", Path = Path.Combine(RepositoryRoot.Screenshots, "me-printed.pdf") });
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Page.SaveScreenshotAsync("me-printed");

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => Squash(p.Text)).ToList();
        var text = string.Concat(pages);
        Assert.InRange(pages.Count, 1, 3);
        Assert.All(pages, page => Assert.Contains(Squash("My credentials · Maria Lopez"), page, StringComparison.Ordinal));
        // The printed date reads as people write it ("Mar 2, 2026"), spaces squashed.
        Assert.All(pages, page => Assert.Matches(@"Printed[A-Z][a-z]{2}\d{1,2},\d{4}", page));
        Assert.NotEmpty(statuses);
        Assert.All(statuses, status => Assert.Contains(Squash(status), text, StringComparison.Ordinal));
        foreach (var control in new[] { "Log CE", "Add credential", "Skip to content", "Audit pack" })
            Assert.DoesNotContain(Squash(control), text, StringComparison.Ordinal);
    }

    // Chromium's PDF places words by position, so spaces may or may not come out as characters: compare without them.
    private static string Squash(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
