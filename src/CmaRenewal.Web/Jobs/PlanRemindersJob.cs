using CmaRenewal.Core.Reminders;
using Hangfire;

namespace CmaRenewal.Web.Jobs;

/// <summary>
/// Hourly: plans whatever reminders are due into the outbox, then sends right away so a person's 08:00 email does
/// not wait for the next send run. Not retried by Hangfire: the outbox retries sending, and the next hour plans again.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class PlanRemindersJob(IReminderPlanning planning, IOutboxSending sending)
{
    [DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
    public async Task RunAsync(CancellationToken ct)
    {
        await planning.PlanAsync(asOf: null, dryRun: false, ct);
        await sending.SendDueAsync(ct);
    }
}
