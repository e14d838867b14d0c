using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.TestKit.Mail;
using CmaRenewal.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Reminders;

/// <summary>
/// <c>reminders run</c> on the real app with the small demo, its real planner and sender, to a real SMTP server on
/// 127.0.0.1: the first run emails what is due, the second finds nothing left to send.
/// </summary>
public sealed class RemindersRunEndToEndTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunTwice_SendsEachDigestOnceOverSmtp_AndNothingTheSecondTime()
    {
        await using var smtp = await TestSmtpServer.StartAsync(Ct);
        await using var app = new AppFactory(("Smtp:Host", TestSmtpServer.Host), ("Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Smtp:Security", "None"));
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var first = new StringWriter();
        Assert.Equal(0, await AdminCommand.Parse(["reminders", "run", "--as-of", today])!.RunAsync(app.Services, first, Ct));
        var second = new StringWriter();
        Assert.Equal(0, await AdminCommand.Parse(["reminders", "run", "--as-of", today])!.RunAsync(app.Services, second, Ct));

        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(Ct);
        var sent = await db.OutboxEmails.AsNoTracking().Where(e => e.Purpose == Core.Reminders.OutboxPurpose.Reminders).ToListAsync(Ct);
        Assert.NotEmpty(sent);
        Assert.All(sent, e => Assert.Equal(Core.Reminders.OutboxStatus.Sent, e.Status));
        Assert.Equal(sent.Select(e => e.MessageId).Order(), smtp.Received.Select(m => m.Message.MessageId).Order());
        Assert.Equal(sent.Select(e => e.ToAddress).Distinct().Count(), sent.Count);
        Assert.Contains($"sent {sent.Count}, will retry 0, failed 0.", first.ToString(), StringComparison.Ordinal);
        Assert.Equal("Planned 0 reminders in 0 emails; sent 0, will retry 0, failed 0.", second.ToString().Trim());
        // The demo's deactivated assistant gets nothing.
        Assert.DoesNotContain(smtp.Received, m => m.Recipients.Contains(DemoPeople.Ava));
    }
}
