using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>
/// Compliance of many credentials at once (a clinic, the whole organisation): headers from the database, earning
/// windows from the engine, CE totals from one SQL aggregate, verdicts from the engine.
/// </summary>
public sealed class ComplianceQueries(IDbContextFactory<CmaRenewalDbContext> factory, ComplianceEngine engine)
{
    public async Task<IReadOnlyList<CredentialCompliance>> EvaluateAsync(ComplianceScope scope, DateOnly asOf, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var headers = await CredentialHeaders.LoadAsync(db, scope, ct);
        var cycles = headers.Select(h => (h.Facts.Id, Cycle: engine.CycleOf(h.Facts, asOf))).ToList();
        var totals = await CeTotalsQuery.RunAsync(db, cycles, asOf, ct);

        var results = new CredentialCompliance[headers.Count];
        // The engine is pure, so large scopes spread over every core; a clinic is too small to gain from it.
        var options = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = headers.Count > 1_000 ? -1 : 1 };
        Parallel.For(0, headers.Count, options, i =>
        {
            var h = headers[i];
            var result = engine.EvaluateTotals(h.Facts, cycles[i].Cycle, totals.GetValueOrDefault(h.Facts.Id) ?? [], h.Payments, asOf);
            results[i] = new CredentialCompliance(h.Facts.Id, h.PersonId, h.PersonName, h.Email, h.ClinicId, h.PersonIsActive,
                h.Facts.PackCode, h.Number, result);
        });
        return results;
    }
}
