using System.Net;
using CmaRenewal.Application.Compliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Calendar;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Calendar;

/// <summary>A person's own feed, fetched over HTTP and read back with Ical.Net, against the engine's milestones.</summary>
public sealed class PersonFeedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Feed_HoldsOneAllDayEventPerEngineMilestone_OnTheEnginesDate()
    {
        await using var feeds = new FeedApp();
        var maria = await feeds.PersonIdAsync(DemoPeople.Maria);
        var token = await feeds.GetOrCreateAsync(DemoPeople.Maria);
        Assert.NotNull(token);

        var calendar = await feeds.CalendarAsync(token);
        var engine = await feeds.EngineAsync(DemoPeople.Maria, ComplianceScope.Person(maria));

        var expected = engine.SelectMany(c => c.Result.Milestones.Select(m =>
            (Uid: $"credential-{c.CredentialId}-cycle-{c.Result.Cycle.Number}-{m.Kind.ToString().ToLowerInvariant()}@renewals.example.org", m.Date)))
            .OrderBy(e => e.Uid).ToList();
        Assert.Equal(2, engine.Count);
        Assert.True(expected.Count >= 6, $"only {expected.Count} milestones");
        Assert.Equal(expected, calendar.Events.Select(e => (e.Uid!, e.DtStart!.Date)).OrderBy(e => e.Item1).ToList());
        Assert.All(calendar.Events, e => Assert.False(e.DtStart!.HasTime));
        Assert.All(calendar.Events, e => Assert.Equal(e.DtStart!.Date.AddDays(1), e.DtEnd!.Date));
    }

    [Fact]
    public async Task AnOwnerWhoReadsSpanish_GetsTheEventsInSpanish_ThoughNoBrowserAsks()
    {
        await using var feeds = new FeedApp();
        var maria = await feeds.PersonIdAsync(DemoPeople.Maria);
        await feeds.ChangeAsync(async db => (await db.People.SingleAsync(p => p.Id == maria, Ct)).UseLanguage("es"));

        var calendar = await feeds.CalendarAsync((await feeds.GetOrCreateAsync(DemoPeople.Maria))!);

        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e => Assert.Contains("Estado: ", e.Description, StringComparison.Ordinal));
        Assert.All(calendar.Events, e => Assert.Contains("Abrir en CmaRenewal: ", e.Description, StringComparison.Ordinal));
        Assert.All(calendar.Events, e => Assert.Contains(", de Maria Lopez.", e.Description, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Events_NameTheMilestoneAndCredential_SayTheStatusAndWhatIsNeeded_AndLinkToTheCredential()
    {
        await using var feeds = new FeedApp();
        var maria = await feeds.PersonIdAsync(DemoPeople.Maria);
        var calendar = await feeds.CalendarAsync((await feeds.GetOrCreateAsync(DemoPeople.Maria))!);
        var engine = await feeds.EngineAsync(DemoPeople.Maria, ComplianceScope.Person(maria));

        foreach (var credential in engine)
        {
            foreach (var milestone in credential.Result.Milestones)
            {
                var e = Assert.Single(calendar.Events, e => e.Uid!.StartsWith(
                    $"credential-{credential.CredentialId}-cycle-{credential.Result.Cycle.Number}-{milestone.Kind.ToString().ToLowerInvariant()}@", StringComparison.Ordinal));
                Assert.StartsWith($"{ComplianceWording.Milestone(milestone.Kind)}: {credential.PackCode}", e.Summary, StringComparison.Ordinal);
                Assert.Equal(milestone.Done, e.Summary!.EndsWith(" (done)", StringComparison.Ordinal));
                Assert.DoesNotContain("Maria Lopez ·", e.Summary, StringComparison.Ordinal);
                Assert.Contains($"Status: {ComplianceWording.Status(credential.Result.Status)}. {credential.Result.StatusReason}", e.Description, StringComparison.Ordinal);
                Assert.Equal(new Uri($"{FeedApp.BaseUrl}/people/{maria}#credential-{credential.CredentialId}"), e.Url);
                Assert.Contains(e.Url!.ToString(), e.Description, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task ShortCe_IsSpelledOutOnTheCeEvent()
    {
        await using var feeds = new FeedApp();
        var aisha = await feeds.PersonIdAsync(DemoPeople.Aisha);
        var engine = Assert.Single(await feeds.EngineAsync(DemoPeople.Aisha, ComplianceScope.Person(aisha)));
        var calendar = await feeds.CalendarAsync((await feeds.GetOrCreateAsync(DemoPeople.Aisha))!);

        var ce = Assert.Single(calendar.Events, e => e.Uid!.Contains("-cecompleteby@", StringComparison.Ordinal));
        Assert.False(engine.Result.StillNeed.IsNothing);
        Assert.Contains($"Still needed: {engine.Result.StillNeed.Summary}.", ce.Description, StringComparison.Ordinal);
        Assert.Equal(engine.Result.DateOf(MilestoneKind.CeCompleteBy), ce.DtStart!.Date);
    }

    [Fact]
    public async Task Response_IsTextCalendar_NotCachedByProxies_WithANameAndARefreshHint()
    {
        await using var feeds = new FeedApp();
        var token = (await feeds.GetOrCreateAsync(DemoPeople.Maria))!;

        using var response = await feeds.FetchAsync(token);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl?.Private);
        Assert.False(response.Headers.CacheControl?.Public);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", body, StringComparison.Ordinal);
        Assert.Contains("\r\nX-WR-CALNAME:CmaRenewal · Maria Lopez\r\n", body, StringComparison.Ordinal);
        Assert.Contains($"\r\nREFRESH-INTERVAL;VALUE=DURATION:{IcsDocument.RefreshEvery}\r\n", body, StringComparison.Ordinal);
        Assert.Contains($"\r\nX-PUBLISHED-TTL:{IcsDocument.RefreshEvery}\r\n", body, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTAMP:20260615T120000Z\r\n", body, StringComparison.Ordinal);
        Assert.Matches(@"\r\nDTSTART;VALUE=DATE:\d{8}\r\n", body);
    }

    [Fact]
    public async Task TwoFetches_GiveTheSameEvents_WithTheSameUids()
    {
        await using var feeds = new FeedApp();
        var token = (await feeds.GetOrCreateAsync(DemoPeople.Maria))!;

        var first = await feeds.CalendarAsync(token);
        var second = await feeds.CalendarAsync(token);

        Assert.NotEmpty(first.Events);
        Assert.Equal(first.Events.Count, first.Events.Select(e => e.Uid).Distinct().Count());
        Assert.Equal(
            first.Events.Select(e => (e.Uid, e.DtStart!.Date, e.Summary, e.Description)).OrderBy(e => e.Uid),
            second.Events.Select(e => (e.Uid, e.DtStart!.Date, e.Summary, e.Description)).OrderBy(e => e.Uid));
    }

    [Fact]
    public async Task OwnFeed_ShowsOnlyTheOwnersCredentials_EvenForAManagerOfOthers()
    {
        await using var feeds = new FeedApp();
        var maria = await feeds.PersonIdAsync(DemoPeople.Maria);
        var mariaCredentials = (await feeds.EngineAsync(DemoPeople.Maria, ComplianceScope.Person(maria))).Select(c => c.CredentialId).ToHashSet();

        var rachels = await feeds.CalendarAsync((await feeds.GetOrCreateAsync(DemoPeople.Rachel))!);
        var marias = await feeds.CalendarAsync((await feeds.GetOrCreateAsync(DemoPeople.Maria))!);

        // Rachel manages Maria's clinic but holds no credential herself: her own feed is empty.
        Assert.Empty(rachels.Events);
        Assert.All(marias.Events, e => Assert.Contains(CredentialOf(e.Uid!), mariaCredentials));
        Assert.All(marias.Events, e => Assert.Contains("held by Maria Lopez.", e.Description, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InactiveOwner_GetsNotFound()
    {
        await using var feeds = new FeedApp();
        var token = (await feeds.GetOrCreateAsync(DemoPeople.Maria))!;
        var maria = await feeds.PersonIdAsync(DemoPeople.Maria);

        await feeds.ChangeAsync(async db => (await db.People.FindAsync([maria], Ct))!.Deactivate());
        using var response = await feeds.FetchAsync(token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("VCALENDAR", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    internal static long CredentialOf(string uid) =>
        long.Parse(uid.Split('-')[1], System.Globalization.CultureInfo.InvariantCulture);
}
