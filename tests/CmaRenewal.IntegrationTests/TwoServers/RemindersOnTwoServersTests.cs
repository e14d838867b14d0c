using CmaRenewal.Application.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.Web.Jobs;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.IntegrationTests.TwoServers;

/// <summary>
/// Two real servers plan and send the same 30 days at the same time: each day's run is queued twice, so both
/// servers' Hangfire workers take one and race through planning and sending. Every email one server alone would have
/// sent arrives exactly once.
/// </summary>
[Collection(nameof(TwoServersAlone))]
public sealed class RemindersOnTwoServersTests
{
    private const int Days = 30;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly FirstDay => DateOnly.FromDateTime(SharedDatabase.SeededOn.UtcDateTime);

    [Fact]
    public async Task ThirtyDays_BothServersRunEveryDay_EachDueEmailArrivesOnce()
    {
        var expected = await OneServerAloneAsync();
        // A short lease: on SQLite, Hangfire's storage now and then hands one job to both processes and cancels the
        // loser mid-send; the emails it had claimed go out once its lease runs out, and the test waits for that.
        // The app's own information lines (a retried send, a raced plan) and Hangfire's too: when a day's job stays
        // unfinished, the failure message shows what each server was doing.
        await using var pair = await ServerPair.StartAsync(Ct, ("Reminders__SendLease", "00:00:15"),
            ("Logging__LogLevel__CmaRenewal", "Information"), ("Logging__LogLevel__Hangfire", "Information"));
        var client = new BackgroundJobClient(pair.Jobs);

        for (var day = FirstDay; day < FirstDay.AddDays(Days); day = day.AddDays(1))
        {
            var asOf = day;
            // The day's pair must finish before the next day starts: days are planned in order, as the clock would.
            await pair.WaitForAsync(
                [client.Enqueue<RunReminders>(r => r.HandleAsync(asOf, false, CancellationToken.None)),
                 client.Enqueue<RunReminders>(r => r.HandleAsync(asOf, false, CancellationToken.None))], Ct);
        }

        var emails = await pair.SentAllAsync(Ct, nudge: () => client.Enqueue<SendOutboxJob>(j => j.RunAsync(CancellationToken.None)));
        Assert.Equal(expected.Order(), emails.Select(e => e.Recipient).Order());
        var received = pair.Smtp.Received.Select(m => m.Message.MessageId).ToList();
        Assert.Empty(received.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(emails.Select(e => e.MessageId).Order(), received.Order());
    }

    /// <summary>The same 30 days on one in-process server over a copy of the same demo: the emails that are due.</summary>
    private static async Task<List<string>> OneServerAloneAsync()
    {
        await using var app = new AppFactory { Clock = new FakeTimeProvider(SharedDatabase.SeededOn) };
        await using var scope = app.Services.CreateAsyncScope();
        for (var day = FirstDay; day < FirstDay.AddDays(Days); day = day.AddDays(1))
            await scope.ServiceProvider.GetRequiredService<RunReminders>().HandleAsync(day, dryRun: false, Ct);
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(Ct);
        var emails = (await ReminderEmail.InAsync(db, Ct)).Select(e => e.Recipient).ToList();
        // The small demo gives 28 over these days; far fewer would mean the test no longer exercises much.
        Assert.True(emails.Count >= Days / 2, $"The demo gave only {emails.Count} reminder emails in {Days} days.");
        return emails;
    }
}
