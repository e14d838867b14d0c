using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Fees;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.Web.Api;

/// <summary>The cycle a credential is in on the as-of date, and the pack version that judges it.</summary>
public sealed record CycleDto(
    int Number, DateOnly Start, DateOnly Expires, DateOnly GraceEnds, DateOnly EarnFrom, DateOnly EarnThrough,
    DateOnly CeCompleteBy, DateOnly? SubmitBy, DateOnly? WindowOpens, int RulesVersion);

/// <summary>
/// The compliance engine's whole result for one credential on one date: status and why, milestones, CE progress
/// (null for a credential without CE), what is still needed per category and approved, the next unpaid fee, and,
/// when the engine was given activities, how much of each counted.
/// </summary>
public sealed record ComplianceDto(
    DateOnly AsOf, CredentialStatus Status, string StatusReason, CycleDto Cycle, IReadOnlyList<Milestone> Milestones,
    CeProgress? Progress, StillNeed StillNeed, FeeDue? Fee, IReadOnlyList<ActivityCount> Activities)
{
    public static ComplianceDto From(ComplianceResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var c = r.Cycle;
        return new(r.AsOf, r.Status, r.StatusReason,
            new CycleDto(c.Number, c.Start, c.Expires, c.GraceEnds, c.EarnFrom, c.EarnThrough, c.CeCompleteBy, c.SubmitBy, c.WindowOpens, c.Rules.Version),
            r.Milestones, r.Progress, r.StillNeed, r.Fee, r.Activities);
    }
}

/// <summary>
/// One credential's standing in a person's or clinic's compliance list, with the audit drill's verdict on the same cycle:
/// <c>auditReady</c>, and <c>auditGaps</c> as the compliance export writes it (e.g. <c>certificates:3;unverified:2</c>,
/// empty when ready). A required credential not on file is a row too: <see cref="Status"/> Missing,
/// <see cref="CredentialId"/> and <see cref="Compliance"/> null, <see cref="PackCode"/> the required code (a one-of
/// requirement's codes joined by '|'), as in the compliance export, and not audit ready.
/// </summary>
public sealed record CredentialComplianceDto(
    long? CredentialId, long PersonId, string PersonName, string Email, long ClinicId, bool PersonIsActive, string PackCode, string? Number,
    ComplianceDto? Compliance, CredentialStatus Status, bool AuditReady, string AuditGaps)
{
    /// <summary>A credential with the drill's verdict; one added between the two reads has none yet and is not called ready.</summary>
    public static CredentialComplianceDto From(CredentialCompliance r, AuditReadiness? readiness)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.CredentialId, r.PersonId, r.PersonName, r.Email, r.ClinicId, r.PersonIsActive, r.PackCode, r.Number,
            ComplianceDto.From(r.Result), r.Result.Status, readiness?.IsReady ?? false, readiness?.Gaps ?? "");
    }

    public static CredentialComplianceDto From(MissingCredential m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(null, m.PersonId, m.PersonName, m.Email, m.ClinicId, true, m.Group.Label, null, null, CredentialStatus.Missing, false, "");
    }
}
