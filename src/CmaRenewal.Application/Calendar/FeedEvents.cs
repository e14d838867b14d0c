using System.Globalization;
using CmaRenewal.Application.Common;
using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Calendar;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.Application.Calendar;

/// <summary>
/// Turns the engine's verdicts into calendar events: one per milestone the engine planned, on the milestone's own
/// date (already a day in the holder's zone, so never shifted). Pure; the wording is the app's (<see cref="ComplianceWording"/>, shared with the pages and emails),
/// in the current UI culture: the feed's owner's language, which <see cref="CalendarFeedContent"/> switches to.
/// </summary>
public static class FeedEvents
{
    private static readonly AppText Text = new(typeof(FeedEvents));

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
        var what = $"{ComplianceWording.Milestone(milestone.Kind)}: {row.PackCode}";
        var title = milestone.Done ? Text.Format("Done", what) : what;
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
        var credential = row.Number is null ? row.PackCode : Text.Format("CodeAndNumber", row.PackCode, row.Number);
        var lines = new List<string>
        {
            Text.Format("WhenAndWhat", ComplianceWording.Milestone(milestone.Kind), PlainFormat.Date(milestone.Date), credential, row.PersonName),
            Text.Format("Status", ComplianceWording.Status(result.Status), result.StatusReason),
        };
        if (milestone.Done) lines.Add(Text["StepDone"]);
        else lines.AddRange(StillToDo(result, milestone.Kind));
        lines.Add(Text.Format("Open", link));
        return string.Join('\n', lines);
    }

    private static IEnumerable<string> StillToDo(ComplianceResult result, MilestoneKind kind)
    {
        if (kind == MilestoneKind.FeeDue && result.Fee is { } fee)
            yield return fee.Amount is { } amount
                ? Text.Format(fee.IsOverdue ? "FeeWithAmountOverdue" : "FeeWithAmount", fee.Kind, PlainFormat.Money(amount, fee.Currency), PlainFormat.Date(fee.DueOn))
                : Text.Format(fee.IsOverdue ? "FeeOverdue" : "Fee", fee.Kind, PlainFormat.Date(fee.DueOn));
        if (kind != MilestoneKind.FeeDue && result.Progress is not null && !result.StillNeed.IsNothing)
            yield return Text.Format("StillNeeded", result.StillNeed.Summary);
    }
}
