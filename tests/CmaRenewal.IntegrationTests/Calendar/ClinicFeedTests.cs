using System.Net;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Calendar;

/// <summary>A manager's clinic feed: that clinic's active staff only, and only while the owner still manages it.</summary>
public sealed class ClinicFeedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ClinicFeed_ListsEveryMilestoneOfThatClinicsStaff_NamingThePerson_AndNothingElse()
    {
        await using var feeds = new FeedApp();
        var token = await feeds.GetOrCreateAsync(DemoPeople.Rachel, FeedApp.Riverside);
        Assert.NotNull(token);

        var calendar = await feeds.CalendarAsync(token);
        var riverside = await feeds.EngineAsync(DemoPeople.Rachel, ComplianceScope.Clinic(FeedApp.Riverside));

        var expected = riverside.Where(c => c.PersonIsActive).SelectMany(c => c.Result.Milestones.Select(m =>
            $"credential-{c.CredentialId}-cycle-{c.Result.Cycle.Number}-{m.Kind.ToString().ToLowerInvariant()}-staff@renewals.example.org")).Order();
        Assert.Equal(expected, calendar.Events.Select(e => e.Uid!).Order());
        var names = riverside.Select(c => c.PersonName).ToHashSet();
        Assert.Contains("Maria Lopez", names);
        Assert.All(calendar.Events, e => Assert.Contains(e.Summary!.Split(" · ")[0], names));
        Assert.DoesNotContain(calendar.Events, e => e.Summary!.Contains("Tom Nguyen", StringComparison.Ordinal));
        Assert.Contains("X-WR-CALNAME:CmaRenewal · Riverside Family Medicine staff", await (await feeds.FetchAsync(token)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeactivatedStaff_AreLeftOut()
    {
        await using var feeds = new FeedApp();
        var calendar = await feeds.CalendarAsync((await feeds.GetOrCreateAsync(DemoPeople.Victor, FeedApp.Mesa))!);

        Assert.Contains(calendar.Events, e => e.Summary!.StartsWith("Olivia Brown · ", StringComparison.Ordinal));
        Assert.DoesNotContain(calendar.Events, e => e.Summary!.Contains("Ava Martinez", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ManagerRemovedFromTheClinic_GetsNotFound_AtTheNextFetch()
    {
        await using var feeds = new FeedApp();
        var token = (await feeds.GetOrCreateAsync(DemoPeople.Victor, FeedApp.Lakeside))!;
        var victor = await feeds.PersonIdAsync(DemoPeople.Victor);
        using (var before = await feeds.FetchAsync(token)) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await feeds.ChangeAsync(async db => db.ClinicManagers.Remove(
            await db.ClinicManagers.SingleAsync(m => m.PersonId == victor && m.ClinicId == FeedApp.Lakeside, Ct)));
        using var after = await feeds.FetchAsync(token);

        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.DoesNotContain("Tom Nguyen", await after.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // His other clinic's feed is untouched.
        using var mesa = await feeds.FetchAsync((await feeds.GetOrCreateAsync(DemoPeople.Victor, FeedApp.Mesa))!);
        Assert.Equal(HttpStatusCode.OK, mesa.StatusCode);
    }

    [Fact]
    public async Task ManagerDemotedToAssistant_GetsNotFound()
    {
        await using var feeds = new FeedApp();
        var token = (await feeds.GetOrCreateAsync(DemoPeople.Rachel, FeedApp.Riverside))!;
        var rachel = await feeds.PersonIdAsync(DemoPeople.Rachel);

        await feeds.ChangeAsync(async db => (await db.People.FindAsync([rachel], Ct))!.ChangeRole(PersonRole.Assistant));
        using var response = await feeds.FetchAsync(token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(DemoPeople.Maria, FeedApp.Riverside)]
    [InlineData(DemoPeople.Tom, FeedApp.Lakeside)]
    [InlineData(DemoPeople.Rachel, FeedApp.Lakeside)]
    [InlineData(DemoPeople.Victor, FeedApp.Riverside)]
    [InlineData(DemoPeople.Ada, 999)]
    public async Task NoFeed_ForAClinicTheOwnerDoesNotManage(string email, long clinicId)
    {
        await using var feeds = new FeedApp();

        Assert.Null(await feeds.GetOrCreateAsync(email, clinicId));
        Assert.Null(await feeds.RegenerateAsync(email, clinicId));
        Assert.Empty(await feeds.FeedRowsAsync());
    }

    [Fact]
    public async Task Admin_MayHaveAnyClinicsFeed()
    {
        await using var feeds = new FeedApp();

        var calendar = await feeds.CalendarAsync((await feeds.GetOrCreateAsync(DemoPeople.Ada, FeedApp.Lakeside))!);

        Assert.Contains(calendar.Events, e => e.Summary!.StartsWith("Tom Nguyen · ", StringComparison.Ordinal));
    }
}
