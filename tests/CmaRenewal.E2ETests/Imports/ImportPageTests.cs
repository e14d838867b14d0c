using System.Text;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Imports;

/// <summary>
/// Rachel imports CE from CSV: the preview names the bad line, Import stays off until invalid rows are to be skipped,
/// and then the good row is written. (The activity is James's, dated 2015, before his certification: it changes no
/// status another test looks at.)
/// </summary>
public sealed class ImportPageTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task Rachel_PreviewsAFile_ThenImportsTheValidRow()
    {
        var title = $"E2E import {Guid.NewGuid():N}";
        var csv = "email,completed_on,title,provider,amount,unit,category,approved,counts_toward\n" +
            $"{DemoPeople.James},2015-01-10,{title},AAMA,1,aama-ceu,,yes,\n" +
            DemoPeople.James + ",03/12/2015,Bad date,AAMA,1,aama-ceu,,yes,\n";
        await Page.SignInAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync("/import");

        await Page.Locator(".mud-select").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Activities" }).ClickAsync();
        await Expect(Page.GetByTestId("import-template")).ToHaveAttributeAsync("href", "import/templates/activities.csv");
        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "ce.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });

        await Expect(Page.GetByTestId("import-summary")).ToContainTextAsync("2 rows, 1 created, 0 updated, 0 unchanged, 1 skipped (dry run");
        await Expect(Page.Locator("[data-testid=import-problems] tbody tr td")).ToHaveTextAsync(["3", "completed_on", "03/12/2015", "not a date like 2026-03-12"]);
        await Expect(Page.GetByTestId("import-run")).ToBeDisabledAsync();
        await Page.SaveScreenshotAsync("import-preview");

        await Page.GetByTestId("import-skip").ClickAsync();
        await Page.GetByTestId("import-run").ClickAsync();

        await Expect(Page.GetByTestId("import-summary")).ToHaveTextAsync(
            "activities: 2 rows, 1 created, 0 updated, 0 unchanged, 1 skipped (skipped lines: 3).");
    }
}
