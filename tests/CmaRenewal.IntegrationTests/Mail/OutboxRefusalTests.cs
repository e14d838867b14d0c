using CmaRenewal.Core.Reminders;
using CmaRenewal.TestKit.Builders;

namespace CmaRenewal.IntegrationTests.Mail;

/// <summary>The server refuses one recipient: 550 fails that email for good, 451 retries it; the batch goes on.</summary>
public sealed class OutboxRefusalTests : IAsyncLifetime
{
    private OutboxRig rig = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => rig = await OutboxRig.StartAsync(Ct);

    public ValueTask DisposeAsync() => rig.DisposeAsync();

    [Fact]
    public async Task Mailbox550_FailsThatEmail_OthersInTheBatchAreSent_AndItIsNeverRetried()
    {
        var rows = await rig.QueueAsync(Ct, Outbox.AccountEmail("ana@example.org"), Outbox.AccountEmail("gone@example.org"), Outbox.AccountEmail("cy@example.org"));
        rig.Smtp.Refuse("gone@example.org");
        var sender = rig.NewSender();

        Assert.Equal(new SendReport(2, 0, 1), await sender.SendDueAsync(Ct));

        var refused = await rig.RowAsync(rows[1].Id, Ct);
        Assert.Equal((OutboxStatus.Failed, 1), (refused.Status, refused.Attempts));
        Assert.StartsWith("SMTP 550 (RecipientNotAccepted)", refused.LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, (await rig.RowAsync(rows[2].Id, Ct)).Status);
        Assert.Equal(["ana@example.org", "cy@example.org"], rig.Smtp.Received.SelectMany(m => m.Recipients));
        Assert.Equal(1, rig.Smtp.SessionCount);

        rig.Database.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(SendReport.Nothing, await sender.SendDueAsync(Ct));
        Assert.Equal(2, rig.Smtp.Received.Count);
    }

    [Fact]
    public async Task FailedEmail_Requeued_IsSentAgainWithTheSameMessageId()
    {
        var row = (await rig.QueueAsync(Ct, Outbox.AccountEmail("gone@example.org")))[0];
        rig.Smtp.Refuse("gone@example.org");
        var sender = rig.NewSender();
        await sender.SendDueAsync(Ct);
        rig.Smtp.Accept("gone@example.org");

        await using (var db = rig.Database.CreateContext())
        {
            (await db.OutboxEmails.FindAsync([row.Id], Ct))!.Requeue(rig.Now);
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(new SendReport(1, 0, 0), await sender.SendDueAsync(Ct));
        Assert.Equal(row.MessageId, Assert.Single(rig.Smtp.Received).Message.MessageId);
        Assert.Equal(OutboxStatus.Sent, (await rig.RowAsync(row.Id, Ct)).Status);
    }

    [Fact]
    public async Task Mailbox451_IsRetriedLater_NotFailed()
    {
        var rows = await rig.QueueAsync(Ct, Outbox.AccountEmail("busy@example.org"), Outbox.AccountEmail("ana@example.org"));
        rig.Smtp.Defer("busy@example.org");
        var sender = rig.NewSender();
        var deferredAt = rig.Now;

        Assert.Equal(new SendReport(1, 1, 0), await sender.SendDueAsync(Ct));

        var deferred = await rig.RowAsync(rows[0].Id, Ct);
        Assert.Equal((OutboxStatus.Queued, 1, deferredAt + OutboxEmail.Backoff(1)), (deferred.Status, deferred.Attempts, deferred.NextAttemptAtUtc));
        Assert.StartsWith("SMTP 451", deferred.LastError, StringComparison.Ordinal);

        rig.Smtp.Accept("busy@example.org");
        rig.Database.Clock.Advance(OutboxEmail.Backoff(1));
        Assert.Equal(new SendReport(1, 0, 0), await sender.SendDueAsync(Ct));
        Assert.Equal(["ana@example.org", "busy@example.org"], rig.Smtp.Received.SelectMany(m => m.Recipients));
    }
}
