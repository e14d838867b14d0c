using CmaRenewal.Core.Reminders;
using CmaRenewal.TestKit.Builders;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Mail;

/// <summary>Two senders (as on two servers) on one database: every email goes out exactly once.</summary>
public sealed class OutboxConcurrencyTests : IAsyncLifetime
{
    private OutboxRig rig = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => rig = await OutboxRig.StartAsync(Ct);

    public ValueTask DisposeAsync() => rig.DisposeAsync();

    [Fact]
    public async Task TwoSendersAtOnce_DeliverEachEmailExactlyOnce()
    {
        var rows = await rig.QueueAsync(Ct, [.. Enumerable.Range(1, 300).Select(i => Outbox.AccountEmail($"person{i}@example.org"))]);
        var (first, second) = (rig.NewSender(), rig.NewSender());

        var reports = await Task.WhenAll(Task.Run(() => first.SendDueAsync(Ct), Ct), Task.Run(() => second.SendDueAsync(Ct), Ct));

        Assert.Equal(300, reports.Sum(r => r.Sent));
        Assert.Equal(rows.Select(r => r.MessageId).Order(), rig.Smtp.Received.Select(m => m.Message.MessageId).Order());
        await using var db = rig.Database.CreateContext();
        Assert.Equal(300, await db.OutboxEmails.CountAsync(e => e.Status == OutboxStatus.Sent && e.Attempts == 1, Ct));
    }
}
