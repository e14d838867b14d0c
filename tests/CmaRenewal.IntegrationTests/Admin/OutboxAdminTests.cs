using CmaRenewal.Application.Administration;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.IntegrationTests.Jobs;
using CmaRenewal.TestKit.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Admin;

public sealed class OutboxAdminTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTime Morning = new(2026, 11, 27, 14, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Resend_PutsAFailedEmailBackInTheQueue_AndRunsTheSender()
    {
        await using var app = new AppFactory();
        var ports = new RecordingReminderPorts();
        var services = app.WithPorts(ports).Services;
        var failed = await AddAsync(services, Failed(DemoPeople.Maria));

        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<OutboxResend>().ResendAsync(await scope.ServiceProvider.AdminAsync(Ct), failed, Ct);

        Assert.True(outcome.IsDone, outcome.Message);
        var row = (await Query(scope).PageAsync(await scope.ServiceProvider.AdminAsync(Ct), new OutboxFilter(), 0, 10, Ct)).Value!.Rows.Single(r => r.Id == failed);
        Assert.Equal(OutboxStatus.Queued, row.Status);
        Assert.Equal(0, row.Attempts);
        Assert.Equal(["send"], ports.Calls);
    }

    [Fact]
    public async Task Resend_OfASentAccountEmail_SaysItsLinkIsGone_AndChangesNothing()
    {
        await using var app = new AppFactory();
        var sent = OutboxEmail.ForAccount(DemoPeople.Tom, "Reset your password", "<a href='x'>reset</a>", "reset: x", Morning);
        sent.MarkSent(Morning);
        var id = await AddAsync(app.Services, sent);

        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<OutboxResend>().ResendAsync(await scope.ServiceProvider.AdminAsync(Ct), id, Ct);

        Assert.Equal("This account email's link has been erased since it was sent; ask the person to request a new one.", outcome.Message);
        Assert.Equal(OutboxStatus.Sent, (await Query(scope).PageAsync(await scope.ServiceProvider.AdminAsync(Ct), new OutboxFilter(), 0, 10, Ct)).Value!.Rows.Single(r => r.Id == id).Status);
    }

    [Fact]
    public async Task Page_FiltersByStatusAndRecipient_NewestFirst_AndCountsEachStatus()
    {
        await using var app = new AppFactory();
        await AddAsync(app.Services, Failed(DemoPeople.Maria));
        var later = OutboxEmail.ForAccount(DemoPeople.Tom, "Confirm", "<p>hi</p>", "hi", Morning.AddHours(1));
        var tom = await AddAsync(app.Services, later);
        await AddAsync(app.Services, Failed(DemoPeople.Tom, Morning.AddHours(2)));

        await using var scope = app.Services.CreateAsyncScope();
        var query = Query(scope);
        var ada = await scope.ServiceProvider.AdminAsync(Ct);

        var failedToTom = (await query.PageAsync(ada, new OutboxFilter(OutboxStatus.Failed, " tom "), 0, 10, Ct)).Value!;
        var everyoneTom = (await query.PageAsync(ada, new OutboxFilter(Recipient: "tom"), 0, 10, Ct)).Value!;
        var counts = (await query.CountsAsync(ada, Ct)).Value!;

        Assert.Equal(DemoPeople.Tom, Assert.Single(failedToTom.Rows).To);
        Assert.Equal("550 mailbox unavailable", failedToTom.Rows[0].LastError);
        Assert.Equal(2, everyoneTom.Total);
        Assert.Equal(tom, everyoneTom.Rows[1].Id);
        Assert.Equal(1, counts[OutboxStatus.Queued]);
        Assert.Equal(0, counts[OutboxStatus.Sent]);
        Assert.Equal(2, counts[OutboxStatus.Failed]);
    }

    [Fact]
    public async Task Body_OfAnAccountEmail_IsNeverRead()
    {
        await using var app = new AppFactory();
        var id = await AddAsync(app.Services, OutboxEmail.ForAccount(DemoPeople.Tom, "Confirm", "<a href='secret'>x</a>", "secret", Morning));

        await using var scope = app.Services.CreateAsyncScope();
        var body = (await Query(scope).BodyAsync(await scope.ServiceProvider.AdminAsync(Ct), id, Ct)).Value;

        Assert.Equal(new OutboxBody(OutboxPurpose.Account, true, null, null), body);
    }

    private static OutboxEmail Failed(string to, DateTime? at = null)
    {
        var email = OutboxEmail.ForAccount(to, "Invitation", "<p>Join</p>", "Join", at ?? Morning);
        email.Fail("550 mailbox unavailable", at ?? Morning);
        return email;
    }

    private static OutboxQuery Query(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<OutboxQuery>();

    private static async Task<long> AddAsync(IServiceProvider services, OutboxEmail email)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(Ct);
        db.OutboxEmails.Add(email);
        await db.SaveChangesAsync(Ct);
        return email.Id;
    }
}
