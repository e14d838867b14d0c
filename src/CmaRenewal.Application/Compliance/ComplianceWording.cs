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

    /// <summary>What a status means, in a manager's and an assistant's words: the legend and every chip's tooltip.</summary>
    public static string Meaning(CredentialStatus status) => status switch
    {
        CredentialStatus.Missing => "A credential this person's role requires is not on file at all.",
        CredentialStatus.Lapsed => "Past expiry and every grace period: CE alone can no longer renew it.",
        CredentialStatus.InGrace => "Expired, but it can still be renewed with CE before the grace period ends.",
        CredentialStatus.Overdue => "Not expired yet, but a deadline has passed: CE is short after its due date, or a fee is unpaid.",
        CredentialStatus.DueSoon => "Something is still needed and its deadline is close: CE, a fee, or renewing a card.",
        CredentialStatus.AtRisk => "CE is short and, at the pace so far, will not be done by its due date.",
        CredentialStatus.OnTrack => "CE is short, but the pace so far finishes it in time.",
        CredentialStatus.Compliant => "CE is complete and no fee is due soon; only the renewal itself remains.",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown credential status."),
    };

    /// <summary>
    /// The step that set a status, dated: "Fee due 2027-01-06", or "Fee was due 2026-11-30" once the date has passed.
    /// </summary>
    public static string Why(StatusCause cause, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(cause);
        var words = cause.Date < asOf ? Passed(cause.Kind) : Milestone(cause.Kind);
        return $"{words} {cause.Date:yyyy-MM-dd}";
    }

    private static string Passed(MilestoneKind kind) => kind switch
    {
        MilestoneKind.RenewalWindowOpens => "Renewal window opened",
        MilestoneKind.CeCompleteBy => "CE was due",
        MilestoneKind.FeeDue => "Fee was due",
        MilestoneKind.SubmitBy => "Was to be submitted by",
        MilestoneKind.Expiration => "Expired",
        MilestoneKind.GraceEnds => "Grace ended",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown milestone kind."),
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
