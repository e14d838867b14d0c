using CmaRenewal.Application.Common;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Compliance;

namespace CmaRenewal.Application.Compliance;

/// <summary>
/// The one wording of statuses and milestones: pages, emails, the CSV export and calendar feeds all say the same thing,
/// so a person who reads "Due soon" in an email finds "Due soon" on the page. The words are in the current UI
/// language (ComplianceWording.resx / .es.resx; the Spanish status words are the glossary in docs/localization.md).
/// </summary>
public static class ComplianceWording
{
    private static readonly AppText Text = new(typeof(ComplianceWording));

    public static string Status(CredentialStatus status) => Text["Status" + Known(status)];

    /// <summary>What a status means, in a manager's and an assistant's words: the legend and every chip's tooltip.</summary>
    public static string Meaning(CredentialStatus status) => Text["Meaning" + Known(status)];

    /// <summary>
    /// The step that set a status, dated: "Fee due 2027-01-06", or "Fee was due 2026-11-30" once the date has passed
    /// (in Spanish "Vence la cuota el 6 ene 2027": the text picks the ISO date or the reader's).
    /// </summary>
    public static string Why(StatusCause cause, DateOnly asOf)
    {
        var words = cause.Date < asOf ? Text["Passed" + Known(cause.Kind)] : Milestone(cause.Kind);
        return Text.Format("WhyOn", words, cause.Date, PlainFormat.Date(cause.Date));
    }

    public static string Milestone(MilestoneKind kind) => Text["Milestone" + Known(kind)];

    private static CredentialStatus Known(CredentialStatus status) => Enum.IsDefined(status)
        ? status
        : throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown credential status.");

    private static MilestoneKind Known(MilestoneKind kind) => Enum.IsDefined(kind)
        ? kind
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown milestone kind.");
}
