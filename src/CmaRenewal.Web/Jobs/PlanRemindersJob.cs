using CmaRenewal.Application.Reminders;
using CmaRenewal.Infrastructure.Telemetry;
using Hangfire;

namespace CmaRenewal.Web.Jobs;

/// <summary>
/// Hourly: one <see cref="RunReminders"/> run for now (plan, then send). Not retried by Hangfire: the outbox retries
/// sending, and the next hour plans again.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class PlanRemindersJob(RunReminders reminders)
{
    [DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
    public async Task RunAsync(CancellationToken ct)
    {
        using var span = CmaTracing.Source.StartActivity("job " + RecurringJobs.PlanReminders);
        await reminders.HandleAsync(asOf: null, dryRun: false, ct);
    }
}
