using System.Net;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.IntegrationTests.MyCredentials;

/// <summary>The assistant's home page lists the reminders coming to them; a manager looking at their page does not see that list.</summary>
public sealed class UpcomingRemindersPageTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Maria_SeesHerNextReminders_AndWhenEmailsGoOut()
    {
        using var client = await app.SignedInAsync(DemoPeople.Maria);

        var html = await client.GetStringAsync(new Uri("/me", UriKind.Relative), Ct);

        Assert.Contains("Upcoming reminders", html, StringComparison.Ordinal);
        Assert.Contains("Emails go out at 8:00 in your time zone, at most one a day.", html, StringComparison.Ordinal);
        // Her RMA (AMT) yearly fee is paid only to the end of the month four months out: its reminders come first.
        Assert.Contains("<tr data-kind=\"FeeDue\"><td style=\"white-space:nowrap\">", html, StringComparison.Ordinal);
        Assert.Contains("<td>Fee due in 60 days</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagerOnMariasPage_DoesNotSeeHerReminderList()
    {
        using var client = await app.SignedInAsync(DemoPeople.Rachel);
        var maria = await AppData.PersonIdAsync(app, DemoPeople.Maria);

        using var response = await client.GetAsync(new Uri($"/people/{maria}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Upcoming reminders", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
