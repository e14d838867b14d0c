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

        var results = new List<CredentialCompliance>(headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            var h = headers[i];
            var result = engine.EvaluateTotals(h.Facts, cycles[i].Cycle, totals[h.Facts.Id], h.Payments, asOf);
            results.Add(new CredentialCompliance(h.Facts.Id, h.PersonId, h.PersonName, h.Email, h.ClinicId, h.PersonIsActive,
                h.Facts.PackCode, h.Number, result));
        }
        return results;
    }
}
