using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Telemetry;
using Hangfire;

namespace CmaRenewal.Web.Jobs;

/// <summary>
/// Every minute: delivers the outbox rows that are due. The outbox keeps its own retry schedule per email, so a
/// failed run is not retried by Hangfire; the next minute's run picks up where it stopped.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class SendOutboxJob(IOutboxSending sending)
{
    [DisableConcurrentExecution(timeoutInSeconds: 5 * 60)]
    public async Task RunAsync(CancellationToken ct)
    {
        using var span = CmaTracing.Source.StartActivity("job " + RecurringJobs.SendOutbox);
        await sending.SendDueAsync(ct);
    }
}
