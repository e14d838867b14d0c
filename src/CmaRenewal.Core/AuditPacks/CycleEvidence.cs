using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;

namespace CmaRenewal.Core.AuditPacks;

/// <summary>
/// One credential cycle as an auditor sees it: who, which credential, the engine's verdict on that cycle and every
/// activity the engine counted toward it. <see cref="Cycles"/> lists all the credential's cycles (for the links).
/// </summary>
public sealed record CycleEvidence(
    EvidencePerson Person,
    EvidenceCredential Credential,
    CredentialCycle Cycle,
    IReadOnlyList<CredentialCycle> Cycles,
    ComplianceResult Result,
    IReadOnlyList<CountedActivity> Counted);

public sealed record EvidencePerson(long Id, string FullName, string Email, long ClinicId, string ClinicName);

public sealed record EvidenceCredential(long Id, string PackCode, string PackTitle, string? Number);

/// <summary>An activity the engine counted: as typed in, with its worth and counted amount in the pack's unit.</summary>
public sealed record CountedActivity(
    long Id, DateOnly CompletedOn, string Title, string Provider, decimal Amount, string Unit, string CategoryText,
    bool ApprovedProvider, VerificationStatus Verification, CertificateFile? Certificate, decimal Worth, decimal Counted);
