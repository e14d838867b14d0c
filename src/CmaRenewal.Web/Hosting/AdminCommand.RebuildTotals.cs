using CmaRenewal.Infrastructure.Compliance.Totals;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Web.Hosting;

public abstract partial record AdminCommand
{
    /// <summary>
    /// Sums every credential's CE totals for its current window again (after a bulk load by raw SQL, or to be sure);
    /// the app does the stale ones by itself at start and after each rule change.
    /// </summary>
    private sealed record RebuildTotals : AdminCommand
    {
        protected override async Task<int> ExecuteAsync(IServiceProvider scoped, TextWriter output, CancellationToken ct)
        {
            await PrepareAsHostDoesAsync(scoped, ct);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await using var db = await scoped.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>().CreateDbContextAsync(ct);
            var count = await scoped.GetRequiredService<CeTotalsStore>().RebuildAsync(db, ct);
            await output.WriteLineAsync($"Rebuilt the CE totals of {count} credentials in {watch.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        }
    }
}
