using CmaRenewal.Core.Notifications;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.Infrastructure.Reminders;
using CmaRenewal.TestKit.Mail;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CmaRenewal.IntegrationTests.Mail;

/// <summary>A real SQLite file, a real SMTP server on 127.0.0.1, and senders wired to both on the database's fake clock.</summary>
internal sealed class OutboxRig : IAsyncDisposable
{
    private OutboxRig(SqliteTestDatabase database, TestSmtpServer smtp)
    {
        Database = database;
        Smtp = smtp;
    }

    public SqliteTestDatabase Database { get; }
    public TestSmtpServer Smtp { get; }

    public static async Task<OutboxRig> StartAsync(CancellationToken ct) =>
        new(await SqliteTestDatabase.CreateAsync(ct), await TestSmtpServer.StartAsync(ct));

    /// <summary>A sender of its own (its own contexts and connection), as on another server; over this rig's SMTP server unless given a transport.</summary>
    public OutboxSender NewSender(IMailTransport? transport = null) =>
        new(new OptionsDbContextFactory(Database.Options()), transport ?? Transport(), Database.Clock, NullLogger<OutboxSender>.Instance);

    /// <summary>The app's SMTP transport, pointed at this rig's server.</summary>
    public SmtpMailTransport Transport() => new(Options.Create(SmtpSettings()), Database.Clock, NullLogger<SmtpMailTransport>.Instance);

    public SmtpOptions SmtpSettings() => new() { Host = TestSmtpServer.Host, Port = Smtp.Port, Security = nameof(SmtpSecurity.None) };

    public async Task<List<OutboxEmail>> QueueAsync(CancellationToken ct, params OutboxEmail[] emails)
    {
        await using var db = Database.CreateContext();
        db.OutboxEmails.AddRange(emails);
        await db.SaveChangesAsync(ct);
        return [.. emails];
    }

    public async Task<OutboxEmail> RowAsync(long id, CancellationToken ct)
    {
        await using var db = Database.CreateContext();
        return await db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == id, ct);
    }

    public DateTime Now => Database.Clock.GetUtcNow().UtcDateTime;

    public async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
    }
}
