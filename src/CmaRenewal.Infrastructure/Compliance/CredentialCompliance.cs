using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>
/// One row of a compliance view: who holds the credential and what the engine decided about it.
/// <see cref="LastActivityOn"/> is filled only when the query asked for it (the staff grid).
/// </summary>
public sealed record CredentialCompliance(
    long CredentialId,
    long PersonId,
    string PersonName,
    string Email,
    long ClinicId,
    bool PersonIsActive,
    string PackCode,
    string? Number,
    ComplianceResult Result,
    DateOnly? LastActivityOn = null)
{
    /// <summary>
    /// The audit drill's readiness when the counts kept on write serve this read's cycle and date; null: count it live
    /// (<c>ReadinessFacts</c>).
    /// </summary>
    public AuditReadiness? Readiness { get; init; }
}

/// <summary>
/// Which credentials a compliance query covers: everyone, some clinics, one person, or a set of people (the reminder
/// planner's hourly run, which judges only the people whose reminders can have changed).
/// </summary>
public sealed record ComplianceScope(IReadOnlyCollection<long>? ClinicIds = null, long? PersonId = null, IReadOnlyCollection<long>? PersonIds = null)
{
    public static readonly ComplianceScope Organization = new();

    /// <summary>Every credential: nothing narrows the scope.</summary>
    public bool IsWholeOrganization => ClinicIds is null && PersonId is null && PersonIds is null;

    public static ComplianceScope Clinic(long clinicId) => new(ClinicIds: [clinicId]);

    public static ComplianceScope Clinics(IEnumerable<long> clinicIds) => new(ClinicIds: [.. clinicIds]);

    public static ComplianceScope Person(long personId) => new(PersonId: personId);

    public static ComplianceScope People(IEnumerable<long> personIds) => new(PersonIds: [.. personIds]);
}
