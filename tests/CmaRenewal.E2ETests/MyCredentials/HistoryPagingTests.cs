using System.Text.RegularExpressions;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.E2ETests.MyCredentials;

/// <summary>
/// Tom's CE history on a phone (390 × 844) once it is longer than a page: the pager moves to page 2, search narrows it,
/// and neither makes the page scroll sideways. His 30 extra entries count toward no credential, so his status, which
/// other browser tests sharing this app read, stays what the demo says.
/// </summary>
public sealed partial class HistoryPagingTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    private const int Extra = 30;

    protected override (int Width, int Height) Viewport => (390, 844);

    [Fact]
    public async Task LongHistory_OnAPhone_PagesAndSearchesOnTheServer()
    {
        await AddEntriesAsync();
        await Page.SignInAsync(DemoPeople.Tom);
        await GotoInteractiveAsync("/me");
        var history = Page.GetByTestId("history-table");
        var position = Page.GetByTestId("history-position");

        await Expect(history).ToContainTextAsync(Title(1));
        await Expect(history).Not.ToContainTextAsync(Title(26));
        await Expect(position).ToHaveTextAsync("Page 1 of 2 · 32 entries");

        await Page.GetByTestId("history-pages").Locator("button", new() { HasTextRegex = PageTwo() }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]page=2"));
        await Expect(position).ToHaveTextAsync("Page 2 of 2 · 32 entries");
        await Expect(history).ToContainTextAsync(Title(26));
        await Expect(history).Not.ToContainTextAsync(Title(1));
        await AssertNoSidewaysScrollAsync();
        await Page.SaveScreenshotAsync("history-page-2-phone-390x844");

        await Page.GetByPlaceholder("Search title or provider").FillAsync("paging entry 2");
        await Expect(position).ToHaveTextAsync("Page 1 of 1 · 10 entries");
        await Expect(history).ToContainTextAsync(Title(20));
        await Expect(history).ToContainTextAsync(Title(29));
        await Expect(history.Locator("tbody tr")).ToHaveCountAsync(10);
        await AssertNoSidewaysScrollAsync();
    }

    private static string Title(int n) => $"Phone paging entry {n:00}";

    private async Task AssertNoSidewaysScrollAsync()
    {
        var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var viewportWidth = await Page.EvaluateAsync<int>("() => window.innerWidth");
        Assert.True(scrollWidth <= viewportWidth, $"page is {scrollWidth} px wide in a {viewportWidth} px viewport");
    }

    // Entry 1 is the newest, so page 1 holds entries 1–25 and page 2 the rest with Tom's two demo entries.
    private async Task AddEntriesAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var tom = await db.People.Where(p => p.Email == DemoPeople.Tom).Select(p => p.Id).SingleAsync();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        db.CeActivities.AddRange(Enumerable.Range(1, Extra).Select(n => new CeActivity(tom,
            new CeActivityDetails(today.AddDays(-n), Title(n), "Relias", 100, Units.ContactHour, null, false), now)));
        await db.SaveChangesAsync();
    }

    [GeneratedRegex("^2$")]
    private static partial Regex PageTwo();
}
