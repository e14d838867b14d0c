using System.Diagnostics;
using CmaRenewal.Application.Reminders;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Web.Jobs;
using Hangfire;

namespace CmaRenewal.IntegrationTests.TwoServers;

/// <summary>
/// A server killed (SIGKILL) in the middle of sending a day's emails: the other server takes the rest over once the
/// dead one's lease runs out, and every email arrives exactly once. A runs alone until the kill (and no recurring send),
/// so the server killed is surely the one sending; B starts on the same database after it.
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
        await using var pair = await ServerPair.StartAAsync(Ct, ("Reminders__SendLease", Lease.ToString()), ("Jobs__SendCron", Cron.Never()));
        pair.Smtp.AnswerRecipientsAfter(RecipientPace);
        var client = new BackgroundJobClient(pair.Jobs);
        var day = DateOnly.FromDateTime(SharedDatabase.SeededOn.UtcDateTime);

        client.Enqueue<RunReminders>(r => r.HandleAsync(day, false, CancellationToken.None));
        await UntilBetweenTwoEmailsAsync(pair);
        pair.A.Kill();
        var sentBeforeKill = pair.Smtp.Received.Count;
        await pair.StartBAsync(Ct);

        // The survivor takes over once the dead server's lease has run out: its send job (queued every second here, as
        // the recurring one would every minute) sends what is left.
        var emails = await pair.SentAllAsync(Ct, nudge: () => client.Enqueue<SendOutboxJob>(j => j.RunAsync(CancellationToken.None)));

        Assert.InRange(sentBeforeKill, 2, emails.Count - 1);
        var received = pair.Smtp.Received.Select(m => m.Message.MessageId).ToList();
        Assert.Empty(received.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(emails.Select(e => e.MessageId).Order(), received.Order());
    }

    // At least two emails received and every one received already saved as sent: the next one is then in its slow
    // RCPT, so a kill now lands between two emails. (A fixed wait after the second arrived was outrun on a loaded
    // machine: A had not saved it yet, B sent it again.)
    private static async Task UntilBetweenTwoEmailsAsync(ServerPair pair)
    {
        await using var db = pair.Database.Context();
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(30))
        {
            var received = pair.Smtp.Received.Count;
            var saved = (await ReminderEmail.InAsync(db, Ct)).Count(e => e.Status == OutboxStatus.Sent);
            if (received >= 2 && saved == received && pair.Smtp.Received.Count == received) return;
            await Task.Delay(10, Ct);
        }
        throw new TimeoutException("Server A did not send and save two emails within 30 s.");
    }
}
