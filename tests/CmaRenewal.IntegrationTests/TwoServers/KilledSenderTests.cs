using System.Diagnostics;
using CmaRenewal.Application.Reminders;
using CmaRenewal.Web.Jobs;
using Hangfire;

namespace CmaRenewal.IntegrationTests.TwoServers;

/// <summary>
/// A server killed (SIGKILL) in the middle of sending a day's emails: the other server takes the rest over once the
/// dead one's lease runs out, and every email arrives exactly once. Only the day's run sends until the kill (no
/// recurring send), so the server killed is the one sending.
/// </summary>
[Collection(nameof(TwoServersAlone))]
public sealed class KilledSenderTests
{
    // Long enough for a whole batch at the slow SMTP pace below, short enough for the test to wait it out.
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan RecipientPace = TimeSpan.FromMilliseconds(150);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServerKilledMidSend_TheOtherSendsTheRest_NothingLostNothingTwice()
    {
        await using var pair = await ServerPair.StartAsync(Ct, ("Reminders__SendLease", Lease.ToString()), ("Jobs__SendCron", Cron.Never()));
        pair.Smtp.AnswerRecipientsAfter(RecipientPace);
        var client = new BackgroundJobClient(pair.Jobs);
        var day = DateOnly.FromDateTime(SharedDatabase.SeededOn.UtcDateTime);

        var job = client.Enqueue<RunReminders>(r => r.HandleAsync(day, false, CancellationToken.None));
        var started = Stopwatch.StartNew();
        while (pair.Smtp.Received.Count < 2 && started.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(20, Ct);
        var sender = pair.ServerOf(pair.Jobs.GetMonitoringApi().JobDetails(job).History[0].Data["ServerId"]);
        // Past the second email's save, into the third one's slow RCPT: the kill lands between two emails.
        await Task.Delay(RecipientPace / 2, Ct);
        sender.Kill();
        var sentBeforeKill = pair.Smtp.Received.Count;

        // The survivor takes over once the dead server's lease has run out: its send job (queued every second here, as
        // the recurring one would every minute) sends what is left.
        var emails = await pair.SentAllAsync(Ct, nudge: () => client.Enqueue<SendOutboxJob>(j => j.RunAsync(CancellationToken.None)));

        Assert.InRange(sentBeforeKill, 2, emails.Count - 1);
        var received = pair.Smtp.Received.Select(m => m.Message.MessageId).ToList();
        Assert.Equal(emails.Select(e => e.MessageId).Order(), received.Order());
    }
}
