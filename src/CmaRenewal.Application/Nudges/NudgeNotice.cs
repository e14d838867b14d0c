using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.Emails;
using CmaRenewal.Application.Notices;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.Application.Nudges;

/// <summary>What a nudged person reads: each credential's status and what it still needs, as the engine judged it today.</summary>
public static class NudgeNotice
{
    public const string MePath = "/me";

    public static NoticeModel For(string firstName, string managerName, IReadOnlyList<CredentialCompliance> credentials, string meUrl)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var needing = credentials.Where(c => c.Result.Status != CredentialStatus.Compliant)
            .OrderByDescending(c => c.Result.Status).ThenBy(c => c.PackCode, StringComparer.Ordinal).ToList();
        string[] intro = needing.Count == 0
            ? [$"{managerName} asked you to check your credentials in CmaRenewal.", credentials.Count == 0
                ? "No credential of yours is on file yet: add the ones you hold, so their deadlines are tracked."
                : "Nothing is due right now; keep logging CE as you earn it."]
            : [$"{managerName} asked you to look at what your credentials still need:"];
        return new NoticeModel(
            needing.Count == 0 ? "Please check your credentials" : $"Your credentials need attention ({needing.Count})",
            $"Hello {firstName},",
            intro,
            [.. needing.Select(Line)],
            new NoticeAction("Open my credentials", meUrl),
            "You get this email because your manager sent you a reminder from CmaRenewal. At most one such email a day.");
    }

    private static NoticeLine Line(CredentialCompliance c)
    {
        var r = c.Result;
        var parts = new List<string> { r.StatusReason };
        if (r.Progress is not null && r.StillNeed.Total > 0)
            parts.Add($"Still needed: {r.StillNeed.Summary}" + (r.DateOf(MilestoneKind.CeCompleteBy) is { } by ? $", by {EmailFormat.Date(by)}." : "."));
        if (r.Fee is { } fee) parts.Add($"Fee due {EmailFormat.Date(fee.DueOn)}.");
        parts.Add($"Expires {EmailFormat.Date(r.Cycle.Expires)}.");
        return new NoticeLine($"{c.PackCode}: {ComplianceWording.Status(r.Status)}", string.Join(" ", parts));
    }
}
