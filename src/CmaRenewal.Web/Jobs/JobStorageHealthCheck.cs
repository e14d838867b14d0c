using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CmaRenewal.Web.Jobs;

/// <summary>Ready only when Hangfire's storage answers: without it no reminder is planned or sent.</summary>
internal sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Hangfire's storage API is synchronous; keep the request thread free while it reads.
            await Task.Run(() => storage.GetMonitoringApi().Servers(), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The job storage does not answer.", e);
        }
    }
}
