using System.IO.Compression;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.AuditPacks;

/// <summary>Read-only walks through the audit pack button and the drill pages (no demo data is changed).</summary>
public sealed class AuditPackFlowTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task Assistant_DownloadsTheCurrentCyclesPack_FromHerCard()
    {
        await Page.SignInAsync(DemoPeople.Maria);
        await GotoInteractiveAsync("/me");
        var card = Page.Locator("[data-testid=credential-card][data-pack=CMA-AAMA]");
        await card.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Screenshots, "audit-pack-card.png") });

        var download = await Page.RunAndWaitForDownloadAsync(() => card.GetByTestId("audit-pack-current").ClickAsync());

        Assert.Matches("^audit-pack-maria-lopez-cma-aama-[0-9-]+\\.zip$", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.zip");
        await download.SaveAsAsync(path);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            // The transcript first, the manifest last, and between them the certificates of the cycle (another browser test
            // on the same demo may have attached one to Maria's entries).
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Equal("transcript.pdf", names[0]);
            Assert.Equal("manifest.json", names[^1]);
            Assert.All(names[1..^1], name => Assert.StartsWith("certificates/", name, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Manager_SeesTheDrill_ForTheirClinic()
    {
        await Page.SignInAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync("/staff/audit-drill");

        await Expect(Page.GetByTestId("drill-summary")).ToBeVisibleAsync();
        // The demo's CE carries no certificate files, so every counted activity is missing one.
        await Expect(Page.Locator("tr[data-finding=MissingCertificate]").First).ToBeVisibleAsync();
        await Page.SaveScreenshotAsync("audit-drill-manager");
    }
}
