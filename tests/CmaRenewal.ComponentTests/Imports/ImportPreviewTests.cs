using CmaRenewal.Application.Imports;
using CmaRenewal.Application.Localization;
using CmaRenewal.Web.Features.Imports;

namespace CmaRenewal.ComponentTests.Imports;

/// <summary>The preview of a dry run: counts, the rows it would write, then one table row per problem with line, column, value and reason.</summary>
public sealed class ImportPreviewTests : MudBlazorTestContext
{
    private static ImportReport DryRun(params ImportProblem[] problems) =>
        new(ImportKind.Activities, DryRun: true, Written: false, Rows: 5, Created: 2, Updated: 0, Unchanged: 1, Skipped: 2, problems);

    [Fact]
    public void DryRun_ShowsTheCounts_AndEveryProblem()
    {
        var cut = Render<ImportPreview>(p => p
            .Add(v => v.Report, DryRun(new ImportProblem(4, "completed_on", "03/12/2026", "not a date like 2026-03-12"),
                new ImportProblem(6, "unit", "parsecs", "not a unit the rule packs know")))
            .Add(v => v.FileName, "ce.csv"));

        Assert.Contains("Preview of ce.csv", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("would create 2", cut.Find("[data-testid=import-created]").TextContent.Trim());
        Assert.Equal("2 with problems", cut.Find("[data-testid=import-skipped]").TextContent.Trim());
        var rows = cut.FindAll("[data-testid=import-problems] tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["4", "completed_on", "03/12/2026", "not a date like 2026-03-12"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void InSpanish_TheCountsAndHeadingsReadInSpanish()
    {
        using (AppCulture.Use("es"))
        {
            var cut = Render<ImportPreview>(p => p.Add(v => v.Report, DryRun(new ImportProblem(4, "unit", "parsecs", "x"))).Add(v => v.FileName, "ce.csv"));

            Assert.Contains("Vista previa de ce.csv: todavía no se escribe nada", cut.Markup, StringComparison.Ordinal);
            Assert.Equal("crearía 2", cut.Find("[data-testid=import-created]").TextContent.Trim());
            Assert.Equal("2 con problemas", cut.Find("[data-testid=import-skipped]").TextContent.Trim());
            Assert.Equal(["Línea", "Columna", "Valor", "Problema"], cut.FindAll("[data-testid=import-problems] thead th").Select(th => th.TextContent.Trim()));
        }
    }

    [Fact]
    public void DryRun_ListsTheRowsItWouldWrite_WithLinePersonActionAndWhat()
    {
        var report = DryRun() with
        {
            Preview =
            [
                new ImportPreviewRow(2, "ana@example.org", ImportAction.Create, "Asthma care, 2026-01-10, 2 AAMA CEU"),
                new ImportPreviewRow(3, "ben@example.org", ImportAction.Unchanged, "Phlebotomy, 2026-01-12, 1.5 clock hour"),
            ],
        };

        var cut = Render<ImportPreview>(p => p.Add(v => v.Report, report).Add(v => v.FileName, "ce.csv"));

        Assert.Equal("Rows it would write", cut.Find("[data-testid=import-rows-heading]").TextContent.Trim());
        var rows = cut.FindAll("[data-testid=import-rows] tbody tr");
        Assert.Equal(["2", "ana@example.org", "would create", "Asthma care, 2026-01-10, 2 AAMA CEU"],
            rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal("unchanged", rows[1].QuerySelectorAll("td")[2].TextContent.Trim());
        // Three valid rows (two to create, one unchanged), two listed.
        Assert.Contains("… and 1 more rows.", cut.Find("[data-testid=import-rows-more]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrittenImportWithoutProblems_HasNoProblemTable()
    {
        var report = DryRun() with { DryRun = false, Written = true, Skipped = 0 };

        var cut = Render<ImportPreview>(p => p.Add(v => v.Report, report).Add(v => v.FileName, "ce.csv"));

        Assert.Contains("Imported ce.csv", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("2 created", cut.Find("[data-testid=import-created]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=import-problems]"));
    }

    [Fact]
    public void ManyProblems_RenderTheFirstHundred_AndSayHowManyMore()
    {
        var problems = Enumerable.Range(2, 250).Select(line => new ImportProblem(line, "title", new string('t', 5_000), "too long")).ToArray();

        var cut = Render<ImportPreview>(p => p.Add(v => v.Report, DryRun(problems)).Add(v => v.FileName, "ce.csv"));

        var rows = cut.FindAll("[data-testid=import-problems] tbody tr");
        Assert.Equal(ImportPreview.Shown, rows.Count);
        Assert.Equal(100, ImportPreview.Shown);
        Assert.Equal(new string('t', 100) + "… (5,000 characters)", rows[0].QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Contains("… and 150 more.", cut.Find("[data-testid=import-more]").TextContent, StringComparison.Ordinal);
    }
}
