using CmaRenewal.Application.Access;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;

namespace CmaRenewal.Application.People.PersonDetail;

/// <summary>
/// One person's credentials and one page of their CE as their page shows them; <see cref="Today"/> is today in their zone
/// and <see cref="Access"/> how far the actor who asked may go with them (see, or also change).
/// </summary>
public sealed record PersonView(
    long PersonId, string FullName, string TimeZone, DateOnly Today, PersonAccess Access,
    IReadOnlyList<CredentialView> Credentials, HistoryPage History, IReadOnlyList<MissingView> Missing)
{
    /// <summary>The person's clinic, for the printed page's header.</summary>
    public string ClinicName { get; init; } = "";
}

/// <summary>
/// A requirement the person leaves unmet (status Missing): what the manager reads, what the holder is asked to add,
/// and the code the add form starts on (the group's first).
/// </summary>
public sealed record MissingView(string Codes, string NotOnFile, string AddYours, string FirstCode);

/// <summary>A credential with the engine's verdict on it as of the person's today, and the audit drill's readiness.</summary>
public sealed record CredentialView(
    long Id, string PackCode, string PackTitle, string? Number, DateOnly CertifiedOn, DateOnly? LastRenewedOn,
    DateOnly? ExpiresOnOverride, string? OverrideReason, Guid Version, CredentialFacts Facts, ComplianceResult Result,
    AuditReadiness Readiness);

/// <summary>A CE activity as typed in, with what each linked credential's engine run made of it.</summary>
public sealed record ActivityView(
    long Id, DateOnly CompletedOn, string Title, string Provider, string? ApprovalNumber, decimal Amount, string Unit,
    string? Category, IReadOnlyList<SplitShare> Splits, bool ApprovedProvider, VerificationStatus Verification,
    string? Comment, string? CertificateName, IReadOnlyList<long> CredentialIds, IReadOnlyList<ActivityCounting> Counting,
    Guid Version)
{
    public string CategoryText => Splits.Count > 0
        ? string.Join(", ", Splits.Select(s => $"{s.Category} {StillNeed.Format(s.AmountHundredths / 100m)}"))
        : Category ?? "—";
}

/// <summary>How much of an activity one credential counts, and the engine's reason when not all of it.</summary>
public sealed record ActivityCounting(string PackCode, decimal Worth, decimal Counted, string? NotCountedBecause)
{
    public string Text => NotCountedBecause is null
        ? $"{PackCode}: {StillNeed.Format(Counted)} counted"
        : $"{PackCode}: {StillNeed.Format(Counted)} of {StillNeed.Format(Worth)} counted ({NotCountedBecause})";
}
