using System.Text;
using CmaRenewal.E2ETests.Accessibility;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Imports;

/// <summary>
/// Rachel imports CE from CSV typed as people type it (a US date, the form's unit name): the preview lists the row it
/// would write and names the bad line, Import stays off until invalid rows are to be skipped, and then the good row is
/// written. (The activity is James's, dated 2015, before his certification: it changes no status another test looks at.)
/// </summary>
public sealed class ImportPageTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public async Task Rachel_PreviewsAFile_ThenImportsTheValidRow()
    {
        var title = $"E2E import {Guid.NewGuid():N}";
        var csv = "email,completed_on,title,provider,amount,unit,category,approved,counts_toward\n" +
            $"{DemoPeople.James},1/10/2015,{title},AAMA,1,AAMA CEUs,,yes,\n" +
            DemoPeople.James + ",13/03/2015,Bad date,AAMA,1,aama-ceu,,yes,\n";
        await Page.SignInAsync(DemoPeople.Rachel);
        await GotoInteractiveAsync("/import");

        await Page.Locator(".mud-select").First.ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Activities" }).ClickAsync();
        await Expect(Page.GetByTestId("import-template")).ToHaveAttributeAsync("href", "import/templates/activities.csv");
        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "ce.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });

        await Expect(Page.GetByTestId("import-summary")).ToContainTextAsync(
            "2 rows, would create 1, would update 0, would leave 0 unchanged, would skip 1 (dry run");
        // The row it would write, read as a person typed it (a US date, the form's unit name), beside the one it cannot.
        await Expect(Page.Locator("[data-testid=import-rows] tbody tr td"))
            .ToHaveTextAsync(["2", DemoPeople.James, "would create", $"{title}, 2015-01-10, 1 AAMA CEU"]);
        await Expect(Page.Locator("[data-testid=import-problems] tbody tr td"))
            .ToHaveTextAsync(["3", "completed_on", "13/03/2015", "there is no month 13: US dates put the month first, like 3/12/2026"]);
        await Expect(Page.GetByTestId("import-run")).ToBeDisabledAsync();
        await Page.SaveScreenshotAsync("import-preview");
        // The preview's tables and headings keep the page free of blocking accessibility violations.
        Assert.DoesNotContain(await Page.ScanAsync("/import (preview)"), f => AxeScan.Blocking.Contains(f.Impact));

        await Page.GetByTestId("import-skip").ClickAsync();
        await Page.GetByTestId("import-run").ClickAsync();

        await Expect(Page.GetByTestId("import-summary")).ToHaveTextAsync(
            "activities: 2 rows, 1 created, 0 updated, 0 unchanged, 1 skipped (skipped lines: 3).");
    }
}
