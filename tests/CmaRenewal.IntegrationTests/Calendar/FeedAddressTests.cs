using System.Net;
using CmaRenewal.Core.Calendar;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.Calendar;

/// <summary>The secret address: one per feed, made on first ask, replaced on regenerate, unknown ones not found.</summary>
public sealed class FeedAddressTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Regenerate_OldAddressIsNotFoundAtOnce_NewOneWorks()
    {
        await using var feeds = new FeedApp();
        var old = (await feeds.GetOrCreateAsync(DemoPeople.Maria))!;
        var oldEvents = await feeds.CalendarAsync(old);

        var fresh = await feeds.RegenerateAsync(DemoPeople.Maria);

        Assert.NotNull(fresh);
        Assert.NotEqual(old, fresh);
        using (var gone = await feeds.FetchAsync(old)) Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var events = await feeds.CalendarAsync(fresh);
        // Same events under the same UIDs, so a calendar given the new address shows no duplicates.
        Assert.Equal(oldEvents.Events.Select(e => e.Uid).Order(), events.Events.Select(e => e.Uid).Order());
        Assert.Equal(fresh, Assert.Single(await feeds.FeedRowsAsync()).Token);
    }

    [Fact]
    public async Task FirstAsk_MakesOneAddress_LaterAsksReturnIt_PerPersonAndClinic()
    {
        await using var feeds = new FeedApp();

        var own = await feeds.GetOrCreateAsync(DemoPeople.Rachel);
        var again = await feeds.GetOrCreateAsync(DemoPeople.Rachel);
        var clinic = await feeds.GetOrCreateAsync(DemoPeople.Rachel, FeedApp.Riverside);
        var clinicAgain = await feeds.GetOrCreateAsync(DemoPeople.Rachel, FeedApp.Riverside);
        var marias = await feeds.GetOrCreateAsync(DemoPeople.Maria);

        Assert.Equal(own, again);
        Assert.Equal(clinic, clinicAgain);
        Assert.Equal(3, new[] { own, clinic, marias }.Distinct().Count());
        var rows = await feeds.FeedRowsAsync();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Matches($"^[A-Za-z0-9_-]{{{CalendarFeed.TokenLength}}}$", r.Token));
        Assert.Equal(FeedApp.Now.UtcDateTime, rows[0].CreatedAt);
    }

    [Fact]
    public async Task AsksAtOnce_StillLeaveOneAddress()
    {
        await using var feeds = new FeedApp();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => feeds.GetOrCreateAsync(DemoPeople.Maria)));

        Assert.Single(tokens.Distinct());
        Assert.Single(await feeds.FeedRowsAsync());
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%27")]
    public async Task UnknownAddress_IsNotFound(string token)
    {
        await using var feeds = new FeedApp();
        await feeds.GetOrCreateAsync(DemoPeople.Maria);

        using var response = await feeds.FetchAsync(token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("VCALENDAR", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MePage_ShowsTheCard_ButViewingItMakesNoAddress()
    {
        await using var feeds = new FeedApp();
        using var client = await feeds.SignedInAsync(DemoPeople.Maria);

        var html = await client.GetStringAsync(new Uri("/me", UriKind.Relative), Ct);

        Assert.Contains("data-testid=\"calendar-feed\"", html, StringComparison.Ordinal);
        Assert.Contains("Get calendar address", html, StringComparison.Ordinal);
        Assert.Empty(await feeds.FeedRowsAsync());
    }

    [Fact]
    public async Task MePage_ShowsAnExistingAddress()
    {
        await using var feeds = new FeedApp();
        var token = (await feeds.GetOrCreateAsync(DemoPeople.Maria))!;
        using var client = await feeds.SignedInAsync(DemoPeople.Maria);

        var html = await client.GetStringAsync(new Uri("/me", UriKind.Relative), Ct);

        Assert.Contains($"{FeedApp.BaseUrl}/calendar/{token}.ics", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffPage_OffersTheChosenClinicsFeed_ToItsManager()
    {
        await using var feeds = new FeedApp();
        using var client = await feeds.SignedInAsync(DemoPeople.Rachel);

        var html = await client.GetStringAsync(new Uri("/staff", UriKind.Relative), Ct);

        Assert.Contains("Calendar feed: Riverside Family Medicine", html, StringComparison.Ordinal);
        Assert.Empty(await feeds.FeedRowsAsync());
    }
}
