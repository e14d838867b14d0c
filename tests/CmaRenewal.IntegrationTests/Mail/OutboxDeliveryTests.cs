using CmaRenewal.Core.Reminders;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Mail;

/// <summary>Queued emails reach a real SMTP server once each, over one session, with their stored identity and headers.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private OutboxRig rig = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => rig = await OutboxRig.StartAsync(Ct);

    public ValueTask DisposeAsync() => rig.DisposeAsync();

    [Fact]
    public async Task ThreeQueuedEmails_AreSentOnceEach_OverOneSession()
    {
        var unsubscribing = Outbox.AccountEmail("bea@example.org");
        unsubscribing.Render("Your reminders", "<p>Reminders</p>", "Reminders", "https://cma.example.org/unsubscribe/abc");
        var rows = await rig.QueueAsync(Ct, Outbox.AccountEmail("ana@example.org"), unsubscribing, Outbox.AccountEmail("cy@example.org"));

        var report = await rig.NewSender().SendDueAsync(Ct);

        Assert.Equal(new SendReport(3, 0, 0), report);
        Assert.Equal(1, rig.Smtp.SessionCount);
        Assert.Equal(["ana@example.org", "bea@example.org", "cy@example.org"], rig.Smtp.Received.SelectMany(m => m.Recipients).Order());
        foreach (var row in rows)
        {
            var stored = await rig.RowAsync(row.Id, Ct);
            Assert.Equal((OutboxStatus.Sent, 1, rig.Now), (stored.Status, stored.Attempts, stored.SentAtUtc));
            var received = Assert.Single(rig.Smtp.Received, m => m.Message.MessageId == row.MessageId).Message;
            Assert.Equal(row.ToAddress, received.To.Mailboxes.Single().Address);
            Assert.Equal("no-reply@cmarenewal.local", received.From.Mailboxes.Single().Address);
            Assert.NotNull(received.HtmlBody);
            Assert.NotNull(received.TextBody);
        }
        var withHeaders = rig.Smtp.Received.Single(m => m.Message.MessageId == unsubscribing.MessageId).Message.Headers;
        Assert.Equal("<https://cma.example.org/unsubscribe/abc>", withHeaders["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", withHeaders["List-Unsubscribe-Post"]);
        var plain = rig.Smtp.Received.Single(m => m.Message.MessageId == rows[0].MessageId).Message.Headers;
        Assert.False(plain.Contains("List-Unsubscribe"));
    }

    [Fact]
    public async Task RemindersEmail_IsRenderedAndStoredBeforeSending_FromItsReminders()
    {
        var clinic = await rig.Database.SaveAsync(A.Clinic(), Ct);
        var person = await rig.Database.SaveAsync(A.Person(clinic.Id), Ct);
        var email = (await rig.QueueAsync(Ct, Outbox.RemindersEmail(person.Id)))[0];
        var reminder = Outbox.ExpiresSoon(person.Id, "CMA (AAMA)");
        reminder.QueueIn(email.Id);
        await rig.Database.SaveAsync(reminder, Ct);

        await rig.NewSender().SendDueAsync(Ct);

        var stored = await rig.RowAsync(email.Id, Ct);
        var received = Assert.Single(rig.Smtp.Received).Message;
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Contains("CMA (AAMA)", stored.TextBody, StringComparison.Ordinal);
        // Not sensitive: the body stays for the outbox preview, and it is exactly what went out.
        Assert.Equal(stored.TextBody, received.TextBody);
        Assert.Equal(stored.HtmlBody, received.HtmlBody);
    }

    [Fact]
    public async Task SendOne_SendsThatEmailOnly()
    {
        var rows = await rig.QueueAsync(Ct, Outbox.AccountEmail("ana@example.org"), Outbox.AccountEmail("bea@example.org"));

        var report = await rig.NewSender().SendOneAsync(rows[1].Id, Ct);

        Assert.Equal(new SendReport(1, 0, 0), report);
        Assert.Equal(rows[1].MessageId, Assert.Single(rig.Smtp.Received).Message.MessageId);
        Assert.Equal(OutboxStatus.Queued, (await rig.RowAsync(rows[0].Id, Ct)).Status);
    }

    [Fact]
    public async Task MalformedAddress_FailsForGood_WithoutReachingTheServer()
    {
        var rows = await rig.QueueAsync(Ct, Outbox.AccountEmail("not an address@@"), Outbox.AccountEmail("ana@example.org"));

        var report = await rig.NewSender().SendDueAsync(Ct);

        Assert.Equal(new SendReport(1, 0, 1), report);
        var failed = await rig.RowAsync(rows[0].Id, Ct);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.StartsWith("Malformed address", failed.LastError, StringComparison.Ordinal);
        Assert.Equal("ana@example.org", Assert.Single(rig.Smtp.Received).Recipients.Single());
    }

    [Fact]
    public async Task NothingDue_SendsNothing_AndOpensNoSession()
    {
        var later = Outbox.AccountEmail(createdAtUtc: TestClock.DefaultStart.UtcDateTime.AddMinutes(10));
        await rig.QueueAsync(Ct, later);

        var report = await rig.NewSender().SendDueAsync(Ct);

        Assert.Equal(SendReport.Nothing, report);
        Assert.Equal(0, rig.Smtp.SessionCount);
        await using var db = rig.Database.CreateContext();
        Assert.Null((await db.OutboxEmails.SingleAsync(Ct)).LeasedUntilUtc);
    }
}
