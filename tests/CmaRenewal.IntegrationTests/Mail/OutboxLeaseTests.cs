using CmaRenewal.Core.Notifications;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Reminders;
using CmaRenewal.TestKit.Builders;

namespace CmaRenewal.IntegrationTests.Mail;

/// <summary>
/// A sender never begins an email that another sender could take over mid-send: not once its lease is half gone, and
/// not by being cancelled while the email is on the wire. Either would deliver the email twice.
/// </summary>
public sealed class OutboxLeaseTests : IAsyncLifetime
{
    private OutboxRig rig = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => rig = await OutboxRig.StartAsync(Ct);

    public ValueTask DisposeAsync() => rig.DisposeAsync();

    [Fact]
    public async Task ASlowBatch_LeavesTheRest_OnceHalfItsLeaseIsGone_AndEachEmailArrivesOnce()
    {
        var rows = await rig.QueueAsync(Ct, Outbox.AccountEmail("ana@example.org"), Outbox.AccountEmail("bea@example.org"), Outbox.AccountEmail("cy@example.org"));
        var lease = ReminderOptions.DefaultSendLease;
        // Each email takes 60 % of the lease: after the first, a second would risk ending after the lease.
        var slow = rig.NewSender(new BeforeEachSend(rig.Transport(), () => rig.Database.Clock.Advance(lease * 0.6)));

        var report = await slow.SendDueAsync(Ct);

        Assert.Equal(new SendReport(1, 2, 0), report);
        Assert.Equal(rows[0].MessageId, Assert.Single(rig.Smtp.Received).Message.MessageId);
        var left = await rig.RowAsync(rows[1].Id, Ct);
        Assert.Equal(OutboxStatus.Queued, left.Status);
        Assert.Equal(0, left.Attempts);

        rig.Database.Clock.Advance(lease);
        Assert.Equal(new SendReport(2, 0, 0), await rig.NewSender().SendDueAsync(Ct));
        Assert.Equal(rows.Select(r => r.MessageId).Order(), rig.Smtp.Received.Select(m => m.Message.MessageId).Order());
    }

    [Fact]
    public async Task CancelledWhileAnEmailIsOnTheWire_ThatEmailIsSentAndRecorded_AndNoOtherBegins()
    {
        var rows = await rig.QueueAsync(Ct, Outbox.AccountEmail("ana@example.org"), Outbox.AccountEmail("bea@example.org"));
        using var run = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        // The run is cancelled (a server shutting down, a job taken over) just as the first email goes out.
        var sender = rig.NewSender(new BeforeEachSend(rig.Transport(), run.Cancel));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sender.SendDueAsync(run.Token));

        Assert.Equal(rows[0].MessageId, Assert.Single(rig.Smtp.Received).Message.MessageId);
        Assert.Equal(OutboxStatus.Sent, (await rig.RowAsync(rows[0].Id, Ct)).Status);
        Assert.Equal(OutboxStatus.Queued, (await rig.RowAsync(rows[1].Id, Ct)).Status);
    }

    /// <summary>The real SMTP transport, with something happening just before each email of a batch goes out.</summary>
    private sealed class BeforeEachSend(IMailTransport inner, Action before) : IMailTransport
    {
        public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) => inner.SendAsync(mail, cancellationToken);

        public async Task<IMailBatch> OpenBatchAsync(CancellationToken cancellationToken) =>
            new Batch(await inner.OpenBatchAsync(cancellationToken), before);

        private sealed class Batch(IMailBatch inner, Action before) : IMailBatch
        {
            public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
            {
                before();
                return inner.SendAsync(mail, cancellationToken);
            }

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
