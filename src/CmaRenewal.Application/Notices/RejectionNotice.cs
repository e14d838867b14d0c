using CmaRenewal.Application.Emails;
using CmaRenewal.Core.ContinuingEducation;

namespace CmaRenewal.Application.Notices;

/// <summary>What the holder of a rejected CE entry is told: which entry, the manager's reason, and a link to it.</summary>
public static class RejectionNotice
{
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
            $"Your CE entry \"{Short(activity.Title)}\" was not accepted",
            $"Hello {firstName},",
            [
                $"{managerName} reviewed your CE entry \"{activity.Title}\" ({activity.Provider}, completed {EmailFormat.Date(activity.CompletedOn)}) and rejected it, so it does not count toward your credentials.",
                "Their reason:",
                reason,
                "You can correct the entry (or attach its certificate) and it will be reviewed again.",
            ],
            [],
            new NoticeAction("Open the entry", entryUrl),
            "You get this email because a manager reviewed CE you logged in CmaRenewal.");
    }

    // Subjects stay readable in a mail list; the body carries the whole title.
    private static string Short(string title) => title.Length <= 80 ? title : title[..77] + "...";
}
