using System.Globalization;
using System.Net;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.TestKit.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.IntegrationTests.Mail;

/// <summary>Account emails in the running app go through the outbox to the configured SMTP server.</summary>
public sealed class AccountMailTests : IAsyncLifetime
{
    private TestSmtpServer smtp = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => smtp = await TestSmtpServer.StartAsync(Ct);

    public ValueTask DisposeAsync() => smtp.DisposeAsync();

    [Fact]
    public async Task PasswordReset_IsQueuedThenDelivered_AndItsLinkErasedFromTheOutbox()
    {
        await using var app = App();

        var response = await ForgotPasswordAsync(app, DemoPeople.Maria);

        Assert.Contains("ForgotPasswordConfirmation", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var mail = Assert.Single(smtp.Received);
        Assert.Equal([DemoPeople.Maria], mail.Recipients);
        Assert.Contains("Account/ResetPassword?code=", mail.Message.TextBody, StringComparison.Ordinal);
        var row = await SingleOutboxRowAsync(app);
        Assert.Equal((OutboxPurpose.Account, OutboxStatus.Sent, row.MessageId), (row.Purpose, row.Status, mail.Message.MessageId));
        Assert.Null(row.HtmlBody);
        Assert.Null(row.TextBody);
    }

    [Fact]
    public async Task PasswordReset_WhileTheServerIsDown_StillConfirms_AndStaysQueued()
    {
        await using var app = App();
        await smtp.StopAsync();

        var response = await ForgotPasswordAsync(app, DemoPeople.Maria);

        Assert.Contains("ForgotPasswordConfirmation", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var row = await SingleOutboxRowAsync(app);
        Assert.Equal((OutboxStatus.Queued, 1), (row.Status, row.Attempts));
        Assert.NotNull(row.TextBody);
    }

    private AppFactory App() => new(
        ("Smtp:Host", TestSmtpServer.Host), ("Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture)), ("Smtp:Security", "None"));

    private static async Task<HttpResponseMessage> ForgotPasswordAsync(AppFactory app, string email)
    {
        var client = app.Anonymous();
        var token = await SignIn.TokenAsync(client, "/Account/ForgotPassword");
        var response = await client.PostAsync(new Uri("/Account/ForgotPassword", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "forgot-password",
            ["Input.Email"] = email,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private static async Task<OutboxEmail> SingleOutboxRowAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(Ct);
        return await db.OutboxEmails.AsNoTracking().SingleAsync(Ct);
    }
}
