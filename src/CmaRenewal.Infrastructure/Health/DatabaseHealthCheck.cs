using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CmaRenewal.Infrastructure.Health;

/// <summary>Ready only when the app's database answers a query: without it no page, job or API call works.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<CmaRenewalDbContext> factory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            // A real read of a migrated table, not just an open connection: SQLite opens any path.
            _ = await db.Clinics.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
