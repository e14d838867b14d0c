using CmaRenewal.Infrastructure.Compliance.Totals;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Telemetry;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Jobs;

/// <summary>
/// Just after midnight UTC, when cycles roll over: sums again the kept CE totals of every credential whose window
/// moved overnight (or whose refresh after a write failed). Reads are right without it, only slower for those.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class RefreshTotalsJob(IDbContextFactory<CmaRenewalDbContext> factory, CeTotalsStore totals)
{
    [DisableConcurrentExecution(timeoutInSeconds: 30 * 60)]
    public async Task RunAsync(CancellationToken ct)
    {
        using var span = CmaTracing.Source.StartActivity("job " + RecurringJobs.RefreshTotals);
        await using var db = await factory.CreateDbContextAsync(ct);
        await totals.RefreshStaleAsync(db, ct);
    }
}
