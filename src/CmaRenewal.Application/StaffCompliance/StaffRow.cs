using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.Requirements;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.Application.StaffCompliance;

/// <summary>
/// One line of the staff grid and its exports: a credential, its holder, and the engine's verdict flattened for
/// display. Nothing here is decided by the page; every figure is copied from <see cref="ComplianceResult"/>. A
/// <see cref="CredentialStatus.Missing"/> row stands for a required credential not on file: its
/// <see cref="CredentialId"/> is 0, its <see cref="PackCode"/> the required code(s) joined by '|', and it has no dates.
/// </summary>
public sealed record StaffRow(
    long CredentialId,
    long PersonId,
    string PersonName,
    string Email,
    long ClinicId,
    string ClinicName,
    bool PersonIsActive,
    string PackCode,
    string? Number,
    CredentialStatus Status,
    DateOnly? ExpiresOn,
    DateOnly? CeDueOn,
    DateOnly? FeeDueOn,
    decimal? Required,
    decimal? Earned,
    decimal StillNeed,
    string StillNeedSummary,
    string UnitName,
    DateOnly? LastActivityOn)
{
    /// <summary>The audit drill's readiness of the credential's cycle (<see cref="OpenStaffGrid"/> sets it); null when not judged.</summary>
    public AuditReadiness? Readiness { get; init; }

    /// <summary>The dated step that set <see cref="Status"/>, worded ("Fee due 2027-01-06"); empty when the engine gave none.</summary>
    public string Why { get; init; } = "";

    /// <summary>A row with the last activity the query brought along (<see cref="CredentialCompliance.LastActivityOn"/>).</summary>
    public static StaffRow From(CredentialCompliance c, string clinicName) => From(c, clinicName, c.LastActivityOn);

    public static StaffRow From(CredentialCompliance c, string clinicName, DateOnly? lastActivityOn)
    {
        ArgumentNullException.ThrowIfNull(c);
        var r = c.Result;
        return new StaffRow(c.CredentialId, c.PersonId, c.PersonName, c.Email, c.ClinicId, clinicName, c.PersonIsActive,
            c.PackCode, c.Number, r.Status, r.Cycle.Expires,
            r.Progress is null ? null : r.DateOf(MilestoneKind.CeCompleteBy),
            r.Fee?.DueOn ?? r.DateOf(MilestoneKind.FeeDue),
            r.Progress?.Total.Required, r.Progress?.Total.Counted,
            r.StillNeed.Total, r.Progress is null ? "—" : r.StillNeed.Summary, r.StillNeed.UnitName, lastActivityOn)
        {
            Why = ComplianceWording.Why(r.Cause, r.AsOf),
        };
    }

    /// <summary>The row of a requirement <paramref name="m"/>'s person leaves unmet, with that person's latest CE.</summary>
    public static StaffRow Missing(MissingCredential m, string clinicName, DateOnly? lastActivityOn)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new StaffRow(0, m.PersonId, m.PersonName, m.Email, m.ClinicId, clinicName, PersonIsActive: true,
            m.Group.Label, null, CredentialStatus.Missing, null, null, null, null, null, 0m, RequirementWording.NotOnFileShort, "", lastActivityOn);
    }
}
