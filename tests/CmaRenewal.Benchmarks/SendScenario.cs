using System.Diagnostics;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CmaRenewal.Benchmarks;

/// <summary>
/// The outbox sender end to end: 2,000 reminders emails in a fresh SQLite file, each rendered from its reminder and
/// delivered through MailKit to an SMTP server on 127.0.0.1, with every outcome saved as it happens.
/// </summary>
internal static class SendScenario
{
    private const int Emails = 2_000;

    public static async Task<int> RunAsync(string largeDb)
    {
        var db = Path.Combine(Directory.CreateDirectory(Path.GetDirectoryName(largeDb)!).FullName, "send.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(db + suffix);
        await using var smtp = await TestSmtpServer.StartAsync(CancellationToken.None);
        using var host = Host(db, smtp.Port);
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await QueueAsync(scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>());

        var watch = Stopwatch.StartNew();
        var report = await scope.ServiceProvider.GetRequiredService<IOutboxSending>().SendDueAsync(CancellationToken.None);
        watch.Stop();

        var rate = report.Sent / watch.Elapsed.TotalSeconds;
        Measure.Print($"send {Emails:N0} reminders emails (render + SMTP + save each)", watch.Elapsed, ">= 200/s",
            $"{rate:0} emails/s, {report.Sent} sent, {smtp.Received.Count} received, {smtp.SessionCount} SMTP sessions");
        Measure.PrintPeakMemory("send");
        return report.Sent == Emails && smtp.Received.Count == Emails ? 0 : 1;
    }

    private static IHost Host(string db, int port)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Benchmark" });
        builder.Configuration["Storage:DataDirectory"] = Path.GetDirectoryName(db);
        builder.Configuration["ConnectionStrings:CmaRenewal"] = SqliteFiles.ConnectionStringFor(db);
        builder.Configuration["Smtp:Host"] = TestSmtpServer.Host;
        builder.Configuration["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Configuration["Smtp:Security"] = nameof(SmtpSecurity.None);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddCmaPersistence();
        builder.AddCmaMail();
        return builder.Build();
    }

    // A person, an email and a reminder per recipient, as the planner would leave them.
    private static async Task QueueAsync(IDbContextFactory<CmaRenewalDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var clinic = A.Clinic();
        db.Add(clinic);
        await db.SaveChangesAsync();
        var people = Enumerable.Range(1, Emails).Select(i => A.Person(clinic.Id, email: $"person{i}@example.org")).ToList();
        db.AddRange(people);
        await db.SaveChangesAsync();
        var emails = people.Select(p => Outbox.RemindersEmail(p.Id, p.Email)).ToList();
        db.AddRange(emails);
        await db.SaveChangesAsync();
        foreach (var (person, email) in people.Zip(emails))
        {
            var reminder = Outbox.ExpiresSoon(person.Id);
            reminder.QueueIn(email.Id);
            db.Add(reminder);
        }
        await db.SaveChangesAsync();
    }
}
