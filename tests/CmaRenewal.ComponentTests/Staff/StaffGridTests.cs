using CmaRenewal.Application.Common;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;
using CmaRenewal.Web.Features.Staff;

namespace CmaRenewal.ComponentTests.Staff;

public sealed class StaffGridTests : MudBlazorTestContext
{
    // AAMA, certified 2020-03-10, half its CE done in 2020: the date alone moves it through the statuses
    // (the calendar is spelled out in UnitTests' StatusTests).
    private static EngineBuilder HalfDoneAama() => new EngineBuilder("CMA-AAMA", "2020-03-10")
        .Ce("2020-06-01", 10, Units.AamaCeu, "administrative")
        .Ce("2020-06-01", 10, Units.AamaCeu, "clinical")
        .Ce("2020-06-01", 10, Units.AamaCeu, "general");

    // Worded in English whatever the culture of the test that touches them first (each row's "why" is worded when
    // made): made inside the Spanish test's scope, the shared rows said Spanish to every test after it.
    private static readonly IReadOnlyList<StaffRow> Rows = InEnglish(() =>
    [
        Row("Olive Ontrack", HalfDoneAama().EvaluateOn("2022-06-01")),
        Row("Arun Atrisk", HalfDoneAama().EvaluateOn("2023-06-01")),
        Row("Ada Atrisk", HalfDoneAama().EvaluateOn("2023-07-01")),
        Row("Dana Duesoon", HalfDoneAama().EvaluateOn("2024-12-02")),
        Row("Gus Ingrace", HalfDoneAama().EvaluateOn("2025-04-01")),
    ]);

    private static IReadOnlyList<StaffRow> InEnglish(Func<IReadOnlyList<StaffRow>> make)
    {
        using (AppCulture.Use("en")) return make();
    }

    [Fact]
    public void Rows_FromTheEngine_AreShownWithTheirStatusAndALinkToThePerson()
    {
        var cut = Render<StaffGrid>(p => p.Add(g => g.Rows, Rows).Add(g => g.Filter, StaffFilter.All));

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("tbody tr.mud-table-row").Count));
        var statuses = cut.FindAll("tbody [data-status]").Select(e => e.GetAttribute("data-status")).ToList();
        Assert.Equal(["InGrace", "DueSoon", "AtRisk", "AtRisk", "OnTrack"], statuses);
        var link = cut.FindAll("a[data-testid=person-link]").Single(a => a.TextContent == "Dana Duesoon");
        Assert.Equal($"people/{Rows[3].PersonId}", link.GetAttribute("href"));
        Assert.Contains($">{PlainFormat.Date(Rows[3].ExpiresOn!.Value)}<", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_SortOnClick_WithoutAColumnOptionsMenu_AndChipsWithoutTooltips()
    {
        var cut = Render<StaffGrid>(p => p.Add(g => g.Rows, Rows).Add(g => g.Filter, StaffFilter.All));
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("tbody tr.mud-table-row").Count));

        Assert.Empty(cut.FindComponents<MudMenu>());
        Assert.Empty(cut.FindComponents<MudTooltip>());
        cut.FindAll("th .sortable-column-header").Single(h => h.TextContent.Trim() == "Person").Click();

        cut.WaitForAssertion(() => Assert.Equal("Ada Atrisk", cut.FindAll("a[data-testid=person-link]")[0].TextContent));
    }

    [Fact]
    public void ThePageOfRows_IsMarkup_NotAComponentPerCellOrChip()
    {
        var cut = Render<StaffGrid>(p => p.Add(g => g.Rows, Rows).Add(g => g.Filter, StaffFilter.All));
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("tbody tr.mud-table-row").Count));

        // Without an actions column the grid's only child component is its pager, however many rows it shows.
        Assert.Single(cut.FindComponents<StaffGridPager>());
        Assert.Empty(cut.FindComponents<MudChip<string>>());
        Assert.Empty(cut.FindComponents<MudLink>());
        Assert.Equal(5, cut.FindAll("tbody .mud-chip[data-status]").Count);
    }

    [Fact]
    public void TheStatusCell_SaysWhatWouldFailAnAudit_AndNothingForAReadyOrUnjudgedRow()
    {
        IReadOnlyList<StaffRow> rows =
        [
            Row("Maria Missing", HalfDoneAama().EvaluateOn("2022-06-01")) with { Readiness = new AuditReadiness(8, 5, 0, 0) },
            Row("Rita Ready", HalfDoneAama().EvaluateOn("2022-06-01")) with { Readiness = AuditReadiness.Ready },
            Row("Ned Unjudged", HalfDoneAama().EvaluateOn("2022-06-01")),
        ];

        var cut = Render<StaffGrid>(p => p.Add(g => g.Rows, rows).Add(g => g.Filter, StaffFilter.All));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr.mud-table-row").Count));
        var gaps = cut.Find("[data-testid=audit-gaps]");
        Assert.Equal("· 8 certificates missing, 5 unverified", gaps.TextContent.Trim());
        Assert.Contains("Maria Missing", gaps.Closest("tr")!.TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=audit-gaps]"));
    }

    [Fact]
    public void FilteringToAtRisk_ShowsOnlyAtRiskRows()
    {
        var cut = Render<StaffGrid>(p => p.Add(g => g.Rows, Rows).Add(g => g.Filter, StaffFilter.All));
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("tbody tr.mud-table-row").Count));

        cut.Render(p => p.Add(g => g.Filter, new StaffFilter(Statuses: [CredentialStatus.AtRisk])));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr.mud-table-row").Count));
        Assert.All(cut.FindAll("tbody [data-status]"), chip => Assert.Equal("AtRisk", chip.GetAttribute("data-status")));
        Assert.Equal(["Ada Atrisk", "Arun Atrisk"], cut.FindAll("a[data-testid=person-link]").Select(a => a.TextContent));
    }

    [Fact]
    public void EachStatus_SaysBelowItWhichDateSetIt()
    {
        var cut = Render<StaffGrid>(p => p.Add(g => g.Rows, Rows).Add(g => g.Filter, StaffFilter.All));

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("tbody tr.mud-table-row").Count));
        Assert.Equal(
            ["Grace ends 2025-06-29", "CE due 2025-03-01", "CE due 2025-03-01", "CE due 2025-03-01", "CE due 2025-03-01"],
            cut.FindAll("[data-testid=status-why]").Select(e => e.TextContent.Trim()));
    }

    [Theory]
    [InlineData("en", "Last activity", "Mar 1, 2025", "No credentials match these filters.")]
    [InlineData("es", "Última actividad", "1 mar 2025", "Ninguna credencial coincide con estos filtros.")]
    public void HeadersAndDates_ReadInTheCulture(string language, string header, string ceDue, string empty)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<StaffGrid>(p => p.Add(g => g.Rows, Rows).Add(g => g.Filter, StaffFilter.All));

            cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("tbody tr.mud-table-row").Count));
            Assert.Contains(header, cut.FindAll("thead th").Select(th => th.TextContent.Trim()));
            Assert.Contains($">{ceDue}<", cut.Markup, StringComparison.Ordinal);

            var none = Render<StaffGrid>(p => p.Add(g => g.Rows, []).Add(g => g.Filter, StaffFilter.All));
            none.WaitForAssertion(() => Assert.Contains(empty, none.Markup, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ARequirementsCodes_BreakOnlyBetweenCodes()
    {
        IReadOnlyList<StaffRow> rows = [Row("Liam Missing", HalfDoneAama().EvaluateOn("2022-06-01")) with { PackCode = "CMA-AAMA|RMA-AMT" }];

        var cut = Render<StaffGrid>(p => p.Add(g => g.Rows, rows).Add(g => g.Filter, StaffFilter.All));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr.mud-table-row")));
        var cell = cut.FindAll("tbody td")[1];
        Assert.Equal("CMA-AAMA|RMA-AMT", cell.TextContent.Trim());
        Assert.Single(cell.QuerySelectorAll("wbr"));
    }

    [Fact]
    public void APageTurn_IsReported_SoTheAddressCanKeepIt()
    {
        IReadOnlyList<StaffRow> many = [.. Enumerable.Range(0, 30).Select(i => Row($"Person {i:00}", HalfDoneAama().EvaluateOn("2022-06-01")))];
        var reported = new List<int>();
        var cut = Render<StaffGrid>(p => p.Add(g => g.Rows, many).Add(g => g.Filter, StaffFilter.All).Add(g => g.Page, 1)
            .Add(g => g.PageChanged, page => reported.Add(page)));

        // Opened on the address's second page: rows 26 to 30, and nothing to report.
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("tbody tr.mud-table-row").Count));
        Assert.Empty(reported);

        cut.Render(p => p.Add(g => g.Page, 7));

        // Past the end: the grid falls back to the first page and says so (again on each render until the address follows).
        cut.WaitForAssertion(() => Assert.NotEmpty(reported));
        Assert.All(reported, page => Assert.Equal(0, page));
    }

    [Fact]
    public void Paging_SortsWholeRowsThenCuts()
    {
        var page = StaffPaging.Page(Rows, StaffFilter.All, nameof(StaffRow.PersonName), descending: true, page: 1, pageSize: 2);

        Assert.Equal(5, page.TotalItems);
        Assert.Equal(["Dana Duesoon", "Arun Atrisk"], page.Items.Select(r => r.PersonName));
    }

    private static StaffRow Row(string name, ComplianceResult result) => StaffRows.Of(result, name);
}
