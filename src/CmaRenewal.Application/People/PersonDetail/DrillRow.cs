using CmaRenewal.Core.AuditPacks;

namespace CmaRenewal.Application.People.PersonDetail;

/// <summary>One credential's current cycle in the drill, judged on its holder's today, with what would fail an audit.</summary>
public sealed record DrillRow(
    long PersonId, string PersonName, long ClinicId, string ClinicName, long CredentialId, string PackCode,
    DateOnly CycleStart, DateOnly CycleExpires, DateOnly AsOf, IReadOnlyList<AuditFinding> Findings);
