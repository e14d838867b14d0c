using System.Diagnostics.Metrics;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.Infrastructure.Telemetry;

/// <summary>
/// The app's own meter (<see cref="MeterName"/>): reminders planned, outbox emails sent, failed for good and put back
/// for a retry, and the outbox depth (emails still queued), read from the database when a collector asks; how long
/// evaluating a scope's credentials takes and how many it judged; and the rows each CSV import read, by outcome.
/// </summary>
public sealed class CmaMetrics
{
    public const string MeterName = "CmaRenewal";

    private readonly Counter<long> planned;
    private readonly Counter<long> sent;
    private readonly Counter<long> failed;
    private readonly Counter<long> retried;
    private readonly Histogram<double> evaluationTime;
    private readonly Counter<long> evaluated;
    private readonly Counter<long> importRows;
    private readonly TimeProvider time;

    public CmaMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(meters);
        this.time = time ?? TimeProvider.System;
        var meter = meters.Create(MeterName);
        planned = meter.CreateCounter<long>("cma.reminders.planned", "{reminder}", "Reminders stored by the planner.");
        sent = meter.CreateCounter<long>("cma.outbox.sent", "{email}", "Outbox emails the SMTP server accepted.");
        failed = meter.CreateCounter<long>("cma.outbox.failed", "{email}", "Outbox emails given up for good.");
        retried = meter.CreateCounter<long>("cma.outbox.retried", "{email}", "Outbox emails put back for a later attempt.");
        meter.CreateObservableGauge("cma.outbox.depth", () => QueuedEmails(scopes), "{email}", "Outbox emails still queued.");
        evaluationTime = meter.CreateHistogram<double>("cma.compliance.evaluation.duration", "s",
            "Time to judge a scope's credentials (database reads and the engine) for a page, export, feed or the planner.");
        evaluated = meter.CreateCounter<long>("cma.compliance.evaluated", "{credential}", "Credentials judged by the engine in those evaluations.");
        importRows = meter.CreateCounter<long>("cma.import.rows", "{row}",
            "CSV rows an import read, by kind, outcome (created, updated, unchanged, skipped) and whether it wrote them.");
    }

    /// <summary>A timestamp to hand back to <see cref="Evaluated"/> when the evaluation is over.</summary>
    public long StartEvaluation() => time.GetTimestamp();

    public void Evaluated(long startedAt, int credentials)
    {
        evaluationTime.Record(time.GetElapsedTime(startedAt).TotalSeconds);
        evaluated.Add(credentials);
    }

    /// <summary>One import's rows: <paramref name="outcomes"/> pairs an outcome's name with its row count.</summary>
    public void Imported(string kind, bool written, params IEnumerable<(string Outcome, int Rows)> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        foreach (var (outcome, rows) in outcomes.Where(o => o.Rows > 0))
            importRows.Add(rows, new("kind", kind), new("outcome", outcome), new("written", written));
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
