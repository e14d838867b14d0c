using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;

namespace CmaRenewal.Application.People.PersonDetail;

/// <summary>
/// One credential's current cycle in the drill, judged on its holder's today: the engine's status and what would fail
/// an audit (<see cref="Readiness"/> counts it, for every door that shows readiness beside a status).
/// </summary>
public sealed record DrillRow(
    long PersonId, string PersonName, long ClinicId, string ClinicName, long CredentialId, string PackCode,
    DateOnly CycleStart, DateOnly CycleExpires, DateOnly AsOf, CredentialStatus Status, IReadOnlyList<AuditFinding> Findings)
{
    public AuditReadiness Readiness => AuditReadiness.Of(Findings);
}
