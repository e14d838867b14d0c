using System.Diagnostics.Metrics;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.Infrastructure.Telemetry;

/// <summary>
/// The app's own meter (<see cref="MeterName"/>): reminders planned, outbox emails sent, failed for good and put back
/// for a retry, and the outbox depth (emails still queued), read from the database when a collector asks.
/// </summary>
public sealed class CmaMetrics
{
    public const string MeterName = "CmaRenewal";

    private readonly Counter<long> planned;
    private readonly Counter<long> sent;
    private readonly Counter<long> failed;
    private readonly Counter<long> retried;

    public CmaMetrics(IMeterFactory meters, IServiceScopeFactory scopes)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        planned = meter.CreateCounter<long>("cma.reminders.planned", "{reminder}", "Reminders stored by the planner.");
        sent = meter.CreateCounter<long>("cma.outbox.sent", "{email}", "Outbox emails the SMTP server accepted.");
        failed = meter.CreateCounter<long>("cma.outbox.failed", "{email}", "Outbox emails given up for good.");
        retried = meter.CreateCounter<long>("cma.outbox.retried", "{email}", "Outbox emails put back for a later attempt.");
        meter.CreateObservableGauge("cma.outbox.depth", () => QueuedEmails(scopes), "{email}", "Outbox emails still queued.");
    }

    public void RemindersPlanned(int count)
    {
        if (count > 0) planned.Add(count);
    }

    public void Recorded(OutboxStatus outcome)
    {
        switch (outcome)
        {
            case OutboxStatus.Sent: sent.Add(1); break;
            case OutboxStatus.Failed: failed.Add(1); break;
            default: retried.Add(1); break;
        }
    }

    // Collectors call this on their own thread, outside any request: a scope and a context of its own.
    private static long QueuedEmails(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContext();
        return db.OutboxEmails.LongCount(e => e.Status == OutboxStatus.Queued);
    }
}
