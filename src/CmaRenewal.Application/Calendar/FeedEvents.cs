using System.Globalization;
using CmaRenewal.Application.Common;
using CmaRenewal.Application.Compliance;
using CmaRenewal.Core.Calendar;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.Application.Calendar;

/// <summary>
/// Turns the engine's verdicts into calendar events: one per milestone the engine planned, on the milestone's own
/// date (already a day in the holder's zone, so never shifted). Pure; the wording is the app's (<see cref="ComplianceWording"/>, shared with the pages and emails).
/// </summary>
public static class FeedEvents
{
    /// <param name="rows">Engine results, already limited to what the feed's owner may see.</param>
    /// <param name="forClinic">A manager's clinic feed names the holder in each summary; a person's own feed does not.</param>
    /// <param name="links">Where each event links back to, and the host that makes UIDs unique.</param>
    public static IReadOnlyList<FeedEvent> For(IEnumerable<CredentialCompliance> rows, bool forClinic, FeedLinks links)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(links);
        return [.. rows
            .OrderBy(r => r.PersonName, StringComparer.Ordinal).ThenBy(r => r.CredentialId)
            .SelectMany(r => r.Result.Milestones.Select(m => Event(r, m, forClinic, links)))];
    }

    private static FeedEvent Event(CredentialCompliance row, Milestone milestone, bool forClinic, FeedLinks links)
    {
        var title = $"{ComplianceWording.Milestone(milestone.Kind)}: {row.PackCode}{(milestone.Done ? " (done)" : "")}";
        var link = links.Credential(row.PersonId, row.CredentialId);
        return new FeedEvent(
            Uid(row, milestone.Kind, forClinic, links.Host),
            milestone.Date,
            forClinic ? $"{row.PersonName} · {title}" : title,
            Description(row, milestone, link),
            link);
    }

    /// <summary>Stable per credential, cycle and milestone kind; clinic feeds differ from own feeds, as their text does.</summary>
    public static string Uid(CredentialCompliance row, MilestoneKind kind, bool forClinic, string host)
    {
        ArgumentNullException.ThrowIfNull(row);
        var feed = forClinic ? "-staff" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"credential-{row.CredentialId}-cycle-{row.Result.Cycle.Number}-{kind.ToString().ToLowerInvariant()}{feed}@{host}");
    }

    private static string Description(CredentialCompliance row, Milestone milestone, Uri link)
    {
        var result = row.Result;
        var lines = new List<string>
        {
            $"{ComplianceWording.Milestone(milestone.Kind)}: {PlainFormat.Date(milestone.Date)}. {row.PackCode}{(row.Number is null ? "" : $" No. {row.Number}")}, held by {row.PersonName}.",
            $"Status: {ComplianceWording.Status(result.Status)}. {result.StatusReason}",
        };
        if (milestone.Done) lines.Add("This step is done.");
        else lines.AddRange(StillToDo(result, milestone.Kind));
        lines.Add($"Open in CmaRenewal: {link}");
        return string.Join('\n', lines);
    }

    private static IEnumerable<string> StillToDo(ComplianceResult result, MilestoneKind kind)
    {
        if (kind == MilestoneKind.FeeDue && result.Fee is { } fee)
            yield return fee.Amount is { } amount
                ? $"Fee ({fee.Kind}) of {PlainFormat.Money(amount, fee.Currency)} due {PlainFormat.Date(fee.DueOn)}{(fee.IsOverdue ? ", overdue" : "")}."
                : $"Fee ({fee.Kind}) due {PlainFormat.Date(fee.DueOn)}{(fee.IsOverdue ? ", overdue" : "")}.";
        if (kind != MilestoneKind.FeeDue && result.Progress is not null && !result.StillNeed.IsNothing)
            yield return $"Still needed: {result.StillNeed.Summary}.";
    }
}
