using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance.Readiness;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance.Totals;

/// <summary>
/// Writes the kept CE totals (<see cref="StoredCeTotal"/>, <see cref="CeTotalsStamp"/>): for the credentials a save
/// touched (<see cref="CeTotalsInterceptor"/>), for the stale ones (at start, after a rule change, hourly) and for all
/// (the <c>rebuild-totals</c> verb, the demo seeder). Each credential is summed over its whole current window as of
/// today (UTC), with the same aggregate the read-time fallback uses, and its audit readiness counted beside them
/// (<see cref="KeptReadinessWriter"/>).
/// </summary>
public sealed class CeTotalsStore(ComplianceEngine engine, IRuleCatalogSource rules, TimeProvider time)
{
    /// <summary>Recomputes <paramref name="credentialIds"/>; inside the caller's transaction when there is one.</summary>
    public async Task<int> RefreshAsync(CmaRenewalDbContext db, IReadOnlyCollection<long> credentialIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(credentialIds);
        if (credentialIds.Count == 0) return 0;
        var windows = new List<CeWindow>();
        foreach (var chunk in credentialIds.Chunk(CeTotalsQuery.FewCredentials))
            windows.AddRange(await WindowsAsync(db, db.Credentials.Where(c => chunk.Contains(c.Id)), ct));
        return await WriteAsync(db, windows, ct);
    }

    /// <summary>
    /// Recomputes the credentials without a stamp, or whose cycle today is not the stamped one (a new cycle, a rule
    /// override, a renewal written by raw SQL), or whose audit readiness is not counted for it. Cheap when nothing is
    /// stale: one read of the credentials and stamps.
    /// </summary>
    public async Task<int> RefreshStaleAsync(CmaRenewalDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var windows = await WindowsAsync(db, db.Credentials, ct);
        var stamps = await db.CeTotalsStamps.AsNoTracking().ToDictionaryAsync(s => s.CredentialId, ct);
        var stale = windows.Where(w => !stamps.TryGetValue(w.CredentialId, out var s)
            || KeptReadiness.Of(s) is not { } readiness || !readiness.IsFor(w.Cycle)).ToList();
        return await WriteAsync(db, stale, ct);
    }

    /// <summary>Recomputes every credential.</summary>
    public async Task<int> RebuildAsync(CmaRenewalDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await WriteAsync(db, await WindowsAsync(db, db.Credentials, ct), ct);
    }

    // Credentials whose pack the catalog does not know (yet) get no stamp: reads sum them at read time.
    private async Task<List<CeWindow>> WindowsAsync(CmaRenewalDbContext db, IQueryable<Credential> credentials, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var rows = await credentials.AsNoTracking()
            .Select(c => new { c.Id, c.PackCode, c.CertifiedOn, c.ExpiresOnOverride }).ToListAsync(ct);
        var ids = credentials.Select(c => c.Id);
        var renewals = (await db.Renewals.AsNoTracking().Where(r => ids.Contains(r.CredentialId))
                .Select(r => new { r.CredentialId, r.RenewedOn }).ToListAsync(ct))
            .ToLookup(r => r.CredentialId, r => new RenewalFacts(r.RenewedOn));
        var catalog = rules.Current;
        return [.. rows.Where(r => catalog.TryGet(r.PackCode, out _)).Select(r => new CeWindow(r.Id, engine.CycleOf(
            new CredentialFacts(r.Id, r.PackCode, r.CertifiedOn, [.. renewals[r.Id].OrderBy(x => x.RenewedOn)], r.ExpiresOnOverride),
            today), DateOnly.MaxValue))];
    }

    private static async Task<int> WriteAsync(CmaRenewalDbContext db, List<CeWindow> windows, CancellationToken ct)
    {
        if (windows.Count == 0) return 0;
        var sqlite = db.Database.IsSqlite();
        var table = CeTotalsQuery.WindowTable(sqlite);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await using (own)
            {
                await db.Database.ExecuteSqlRawAsync(CeTotalsQuery.CreateWindowTable(sqlite), ct);
                var count = await CeTotalsQuery.FillAsync(db, table, windows, ct);
                foreach (var statement in CeTotalsSql.Write(table, count, sqlite))
                    await db.Database.ExecuteSqlRawAsync(statement, ct);
                await KeptReadinessWriter.WriteAsync(db, windows, ct);
                if (own is not null) await own.CommitAsync(ct);
                return count;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
