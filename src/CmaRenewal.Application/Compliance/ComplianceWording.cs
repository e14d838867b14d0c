using CmaRenewal.Core.Compliance;

namespace CmaRenewal.Application.Compliance;

/// <summary>
/// The one wording of statuses and milestones: pages, emails, the CSV export and calendar feeds all say the same thing,
/// so a person who reads "Due soon" in an email finds "Due soon" on the page.
/// </summary>
public static class ComplianceWording
{
    public static string Status(CredentialStatus status) => status switch
    {
        CredentialStatus.Missing => "Missing",
        CredentialStatus.Lapsed => "Lapsed",
        CredentialStatus.InGrace => "In grace",
        CredentialStatus.Overdue => "Overdue",
        CredentialStatus.DueSoon => "Due soon",
        CredentialStatus.AtRisk => "At risk",
        CredentialStatus.OnTrack => "On track",
        CredentialStatus.Compliant => "Compliant",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown credential status."),
    };

    public static string Milestone(MilestoneKind kind) => kind switch
    {
        MilestoneKind.RenewalWindowOpens => "Renewal window opens",
        MilestoneKind.CeCompleteBy => "CE due",
        MilestoneKind.FeeDue => "Fee due",
        MilestoneKind.SubmitBy => "Submit by",
        MilestoneKind.Expiration => "Expires",
        MilestoneKind.GraceEnds => "Grace ends",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown milestone kind."),
    };
}
