using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.ComponentTests.Staff;

/// <summary>Staff grid rows around an engine result, each with its own person and credential id.</summary>
internal static class StaffRows
{
    private static long nextId;

    public static StaffRow Of(ComplianceResult result, string? name = null, bool active = true)
    {
        var id = Interlocked.Increment(ref nextId);
        return StaffRow.From(
            new CredentialCompliance(id, id, name ?? $"Person {id}", $"p{id}@example.org", 1, active, "CMA-AAMA", null, result), "Clinic", null);
    }
}
