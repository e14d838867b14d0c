using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CmaRenewal.IntegrationTests.Api;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Issue 9, "Unbounded history": with 20,000 CE entries /me rendered every one (28.7 MB in 9.5 s). The history is now
/// paged on the server, 25 at a time, on /me, the person page and the API, and searched in SQL.
/// </summary>
public sealed partial class UnboundedHistoryTests(HistoryWorld world) : IClassFixture<HistoryWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MePage_With20000Activities_RendersOnlyTheNewest25()
    {
        using var client = await world.App.SignedInAsync(DemoPeople.Maria);

        var watch = Stopwatch.StartNew();
        var html = await client.GetStringAsync(new Uri("/me", UriKind.Relative), Ct);
        var first = watch.ElapsedMilliseconds;
        var times = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            watch.Restart();
            await client.GetStringAsync(new Uri("/me", UriKind.Relative), Ct);
            times.Add(watch.ElapsedMilliseconds);
        }
        times.Sort();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"/me with {HistoryWorld.Bulk:N0} more activities: {html.Length:N0} chars; first GET {first} ms, then median {times[2]} ms of 5");

        Assert.Equal([.. Newest(20_000, 25)], Titles(html));
        Assert.True(html.Length < 300_000, $"/me is {html.Length:N0} characters");
        Assert.Contains("Page 1 of 801", html, StringComparison.Ordinal);
        Assert.Contains("credential-card", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MePage_Page2_ShowsTheNext25()
    {
        using var client = await world.App.SignedInAsync(DemoPeople.Maria);

        var html = await client.GetStringAsync(new Uri("/me?page=2", UriKind.Relative), Ct);

        Assert.Equal([.. Newest(19_975, 25)], Titles(html));
        Assert.Contains("Page 2 of 801", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonPage_AsManager_IsPagedToo()
    {
        using var client = await world.App.SignedInAsync(DemoPeople.Rachel);

        var html = await client.GetStringAsync(new Uri($"/people/{world.MariaId}?page=3", UriKind.Relative), Ct);

        Assert.Equal([.. Newest(19_950, 25)], Titles(html));
        Assert.True(html.Length < 300_000, $"the person page is {html.Length:N0} characters");
    }

    [Fact]
    public async Task Search_FindsMatchesAcrossEveryPage()
    {
        using var client = await world.App.SignedInAsync(DemoPeople.Maria);

        var html = await client.GetStringAsync(new Uri("/me?search=entry%201999", UriKind.Relative), Ct);

        Assert.Equal([.. Newest(19_999, 10)], Titles(html));
        Assert.Contains("10 entries", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TakesWildcardsLiterally()
    {
        using var client = await world.App.SignedInAsync(DemoPeople.Maria);

        var percent = await client.GetStringAsync(new Uri("/me?search=100%25", UriKind.Relative), Ct);
        var underscore = await client.GetStringAsync(new Uri("/me?search=entry_1", UriKind.Relative), Ct);

        Assert.Contains(HistoryWorld.Percent, percent, StringComparison.Ordinal);
        Assert.DoesNotContain(HistoryWorld.NotPercent, percent, StringComparison.Ordinal);
        Assert.Empty(Titles(underscore));
        Assert.Contains("No CE matches", underscore, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagePastTheEnd_SaysSo()
    {
        using var client = await world.App.SignedInAsync(DemoPeople.Maria);

        var html = await client.GetStringAsync(new Uri("/me?page=2147483647", UriKind.Relative), Ct);

        Assert.Empty(Titles(html));
        Assert.Contains("There is no page 2147483647: the history has 801 pages.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadAddress_SaysWhatIsWrong_AndShowsTheFirstPage()
    {
        using var client = await world.App.SignedInAsync(DemoPeople.Maria);

        var html = System.Net.WebUtility.HtmlDecode(
            await client.GetStringAsync(new Uri("/me?page=0&status=Nonsense", UriKind.Relative), Ct));

        Assert.Contains("Pages are numbered from 1; showing page 1.", html, StringComparison.Ordinal);
        Assert.Contains("There is no verification status \"Nonsense\"; choose Unverified, Verified, Rejected.", html, StringComparison.Ordinal);
        Assert.Equal([.. Newest(20_000, 25)], Titles(html));
    }

    [Fact]
    public async Task Api_ListsOnePageFromSql()
    {
        using var client = world.App.WithToken((await world.App.NewTokenAsync(DemoPeople.Maria)).Secret);

        var watch = Stopwatch.StartNew();
        var page = (await client.GetFromJsonAsync<Page>($"/api/v1/people/{world.MariaId}/activities?page=2&pageSize=25", Ct))!;
        TestContext.Current.TestOutputHelper?.WriteLine($"API page 2 of {page.Total:N0} activities in {watch.ElapsedMilliseconds} ms");
        using var past = await client.GetAsync(new Uri($"/api/v1/people/{world.MariaId}/activities?page=2147483647", UriKind.Relative), Ct);

        Assert.Equal([.. Newest(19_975, 25)], page.Items.Select(i => i.Title));
        Assert.True(page.Total > HistoryWorld.Bulk);
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        Assert.Empty((await past.Content.ReadFromJsonAsync<Page>(Ct))!.Items);
    }

    private static IEnumerable<string> Newest(int from, int count) => Enumerable.Range(0, count).Select(i => HistoryWorld.Title(from - i));

    // A row names its title again in its attach-certificate control's label: each title counts once, in page order.
    private static List<string> Titles(string html) => [.. Title().Matches(html).Select(m => m.Value).Distinct()];

    [GeneratedRegex(@"History entry \d{5}")]
    private static partial Regex Title();

    private sealed record Page(List<Item> Items, int Total);

    private sealed record Item(string Title);
}
