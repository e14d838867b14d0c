using CmaRenewal.Core.Notifications;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.TestKit.Builders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CmaRenewal.IntegrationTests.Mail;

/// <summary>An SMTP server that is down or drops the connection: nothing is lost, nothing is sent twice.</summary>
public sealed class OutboxOutageTests : IAsyncLifetime
{
    private OutboxRig rig = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => rig = await OutboxRig.StartAsync(Ct);

    public ValueTask DisposeAsync() => rig.DisposeAsync();

    [Fact]
    public async Task ServerDown_LeavesRowsQueuedWithBackoff_ThenDeliversEachOnce()
    {
        var rows = await rig.QueueAsync(Ct, Outbox.AccountEmail("ana@example.org"), Outbox.AccountEmail("bea@example.org"), Outbox.AccountEmail("cy@example.org"));
        await rig.Smtp.StopAsync();
        var sender = rig.NewSender();
        var failedAt = rig.Now;

        Assert.Equal(new SendReport(0, 3, 0), await sender.SendDueAsync(Ct));
        foreach (var row in rows)
        {
            var stored = await rig.RowAsync(row.Id, Ct);
            Assert.Equal((OutboxStatus.Queued, 1, failedAt + OutboxEmail.Backoff(1), null), (stored.Status, stored.Attempts, stored.NextAttemptAtUtc, stored.LeasedUntilUtc));
            Assert.StartsWith($"Cannot deliver through 127.0.0.1:{rig.Smtp.Port}", stored.LastError, StringComparison.Ordinal);
        }

        await rig.Smtp.StartAgainAsync(Ct);
        Assert.Equal(SendReport.Nothing, await sender.SendDueAsync(Ct));   // not due yet
        rig.Database.Clock.Advance(OutboxEmail.Backoff(1));
        Assert.Equal(new SendReport(3, 0, 0), await sender.SendDueAsync(Ct));
        Assert.Equal(SendReport.Nothing, await sender.SendDueAsync(Ct));

        Assert.Equal(rows.Select(r => r.MessageId).Order(), rig.Smtp.Received.Select(m => m.Message.MessageId).Order());
        foreach (var row in rows)
        {
            var stored = await rig.RowAsync(row.Id, Ct);
            Assert.Equal((OutboxStatus.Sent, 2, (string?)null), (stored.Status, stored.Attempts, stored.LastError));
        }
    }

    [Fact]
    public async Task DroppedConnection_FailsTheNextEmailOnly_ThenReconnects()
    {
        var transport = new SmtpMailTransport(Options.Create(rig.SmtpSettings()), rig.Database.Clock, NullLogger<SmtpMailTransport>.Instance);
        await using var batch = await transport.OpenBatchAsync(Ct);
        await batch.SendAsync(Mail("ana@example.org"), Ct);

        await rig.Smtp.StopAsync();
        await rig.Smtp.StartAgainAsync(Ct);
        var dropped = await Assert.ThrowsAsync<MailDeliveryException>(() => batch.SendAsync(Mail("bea@example.org"), Ct));
        await batch.SendAsync(Mail("cy@example.org"), Ct);

        Assert.False(dropped.Permanent);
        Assert.Equal(["ana@example.org", "cy@example.org"], rig.Smtp.Received.SelectMany(m => m.Recipients));
        Assert.Equal(2, rig.Smtp.SessionCount);
    }

    [Fact]
    public async Task ServerStaysDown_BatchGivesUpAfterOneReconnect()
    {
        var transport = new SmtpMailTransport(Options.Create(rig.SmtpSettings()), rig.Database.Clock, NullLogger<SmtpMailTransport>.Instance);
        await using var batch = await transport.OpenBatchAsync(Ct);
        await rig.Smtp.StopAsync();

        await Assert.ThrowsAsync<MailDeliveryException>(() => batch.SendAsync(Mail("ana@example.org"), Ct));
        await Assert.ThrowsAsync<MailDeliveryException>(() => batch.SendAsync(Mail("bea@example.org"), Ct));
        await rig.Smtp.StartAgainAsync(Ct);
        var third = await Assert.ThrowsAsync<MailDeliveryException>(() => batch.SendAsync(Mail("cy@example.org"), Ct));

        // The server is back, but the batch no longer tries: its emails wait for the next run instead of each waiting on a dead server.
        Assert.False(third.Permanent);
        Assert.Equal(0, rig.Smtp.SessionCount);
    }

    private static OutgoingMail Mail(string to) => new(to, "Hello", "<p>Hello</p>", "Hello", $"{Guid.NewGuid():N}@cmarenewal");
}
