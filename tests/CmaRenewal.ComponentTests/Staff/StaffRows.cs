using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.ComponentTests.Staff;

/// <summary>Staff grid rows around an engine result, each with its own person and credential id.</summary>
internal static class StaffRows
{
    private static long nextId;

    /// <summary>A row for an AAMA credential certified 2020-03-10 (expires 2025-03-31) with its 30 general points, judged on <paramref name="asOf"/>.</summary>
    public static StaffRow Aama(string asOf, bool active = true) =>
        Of(new EngineBuilder("CMA-AAMA", "2020-03-10").Ce("2020-06-01", 30, Units.AamaCeu, "general").EvaluateOn(asOf), active: active);

    public static StaffRow Of(ComplianceResult result, string? name = null, bool active = true)
    {
        var id = Interlocked.Increment(ref nextId);
        return StaffRow.From(
            new CredentialCompliance(id, id, name ?? $"Person {id}", $"p{id}@example.org", 1, active, "CMA-AAMA", null, result), "Clinic", null);
    }
}
