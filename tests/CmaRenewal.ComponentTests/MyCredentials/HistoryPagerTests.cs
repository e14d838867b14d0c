using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Web.Features.MyCredentials.History;

namespace CmaRenewal.ComponentTests.MyCredentials;

public sealed class HistoryPagerTests : MudBlazorTestContext
{
    private static HistoryPage Page(int page, int total) => new([], total, page, HistoryRequest.DefaultPageSize);

    [Fact]
    public void SaysWhereTheReaderIs_InALabelledNavigation()
    {
        var cut = Render<HistoryPager>(p => p.Add(c => c.History, Page(2, 20_007)));

        var nav = cut.Find("nav[data-testid=history-pager]");
        Assert.Equal("CE history pages", nav.GetAttribute("aria-label"));
        Assert.Equal("Page 2 of 801 · 20,007 entries", cut.Find("[data-testid=history-position]").TextContent.Trim());
        Assert.Equal("status", cut.Find("[data-testid=history-position]").GetAttribute("role"));
    }

    [Fact]
    public void OnePage_ShowsNoPageButtons()
    {
        var cut = Render<HistoryPager>(p => p.Add(c => c.History, Page(1, 1)));

        Assert.Equal("Page 1 of 1 · 1 entry", cut.Find("[data-testid=history-position]").TextContent.Trim());
        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void EveryPageButton_HasAnAccessibleName()
    {
        var cut = Render<HistoryPager>(p => p.Add(c => c.History, Page(5, 500)));

        var buttons = cut.FindAll("[data-testid=history-pages] button");
        Assert.NotEmpty(buttons);
        Assert.All(buttons, b => Assert.False(string.IsNullOrWhiteSpace(b.GetAttribute("aria-label")), b.OuterHtml));
    }

    [Fact]
    public void ChoosingAPage_ReportsItsNumber()
    {
        var chosen = 0;
        var cut = Render<HistoryPager>(p => p.Add(c => c.History, Page(1, 100)).Add(c => c.OnPage, (int page) => chosen = page));

        cut.FindAll("[data-testid=history-pages] button").Single(b => b.TextContent.Trim() == "3").Click();

        Assert.Equal(3, chosen);
    }

    [Fact]
    public void PastTheLastPage_HighlightsTheLastOne()
    {
        var cut = Render<HistoryPager>(p => p.Add(c => c.History, Page(9, 30)));

        Assert.Equal("Page 2 of 2 · 30 entries", cut.Find("[data-testid=history-position]").TextContent.Trim());
    }
}
