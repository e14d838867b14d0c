using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.Emails;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.Notices;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.Application.Nudges;

/// <summary>What a nudged person reads: each credential's status and what it still needs, as the engine judged it today.</summary>
public static class NudgeNotice
{
    public const string MePath = "/me";

    private static readonly AppText Text = new(typeof(NudgeNotice));

    public static NoticeModel For(string firstName, string managerName, IReadOnlyList<CredentialCompliance> credentials, string meUrl)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var needing = credentials.Where(c => c.Result.Status != CredentialStatus.Compliant)
            .OrderByDescending(c => c.Result.Status).ThenBy(c => c.PackCode, StringComparer.Ordinal).ToList();
        string[] intro = needing.Count == 0
            ? [Text.Format("AskedToCheck", managerName), Text[credentials.Count == 0 ? "NoneOnFile" : "NothingDue"]]
            : [Text.Format("AskedToLook", managerName)];
        return new NoticeModel(
            needing.Count == 0 ? Text["SubjectCheck"] : Text.Format("SubjectAttention", needing.Count),
            NoticeText.Hello(firstName),
            intro,
            [.. needing.Select(Line)],
            new NoticeAction(Text["OpenMine"], meUrl),
            Text["Why"]);
    }

    private static NoticeLine Line(CredentialCompliance c)
    {
        var r = c.Result;
        var parts = new List<string> { r.StatusReason };
        if (r.Progress is not null && r.StillNeed.Total > 0)
            parts.Add(r.DateOf(MilestoneKind.CeCompleteBy) is { } by
                ? Text.Format("StillNeededBy", r.StillNeed.Summary, EmailFormat.Date(by))
                : Text.Format("StillNeeded", r.StillNeed.Summary));
        if (r.Fee is { } fee) parts.Add(Text.Format("FeeDue", EmailFormat.Date(fee.DueOn)));
        parts.Add(Text.Format("Expires", EmailFormat.Date(r.Cycle.Expires)));
        return new NoticeLine($"{c.PackCode}: {ComplianceWording.Status(r.Status)}", string.Join(" ", parts));
    }
}
