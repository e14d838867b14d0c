using CmaRenewal.Application.Emails;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.ContinuingEducation;

namespace CmaRenewal.Application.Notices;

/// <summary>What the holder of a rejected CE entry is told: which entry, the manager's reason, and a link to it.</summary>
public static class RejectionNotice
{
    private static readonly AppText Text = new(typeof(RejectionNotice));

    /// <summary>
    /// The holder's history filtered to their rejected entries with this title, so the link lands on the entry
    /// (the keys are those of the history's address on <c>/me</c>).
    /// </summary>
    public static string EntryPath(CeActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"/me?status={VerificationStatus.Rejected}&search={Uri.EscapeDataString(activity.Title)}";
    }

    public static NoticeModel For(string firstName, string managerName, CeActivity activity, string reason, string entryUrl)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new NoticeModel(
            Text.Format("Subject", Short(activity.Title)),
            NoticeText.Hello(firstName),
            [
                Text.Format("Reviewed", managerName, activity.Title, activity.Provider, EmailFormat.Date(activity.CompletedOn)),
                Text["TheirReason"],
                reason,
                Text["CorrectIt"],
            ],
            [],
            new NoticeAction(Text["OpenEntry"], entryUrl),
            Text["Why"]);
    }

    // Subjects stay readable in a mail list; the body carries the whole title.
    private static string Short(string title) => title.Length <= 80 ? title : title[..77] + "...";
}
