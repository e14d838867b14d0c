using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;

namespace CmaRenewal.Core.AuditPacks;

/// <summary>What an auditor would object to, in the order the drill lists them.</summary>
public enum AuditFindingKind
{
    MissingCertificate,
    Unverified,
    OutsideWindow,
    ApprovedShareTooLow,
}

/// <summary>
/// What the drill knows about one activity linked to the credential (rejected ones left out, as the engine never
/// sees them). <see cref="LoggedOn"/> is the day it was entered; <see cref="ClaimedEarlier"/> marks CE an earlier
/// renewal already used.
/// </summary>
public sealed record DrillActivity(
    long Id, DateOnly CompletedOn, DateOnly LoggedOn, string Title, bool HasCertificate, VerificationStatus Verification,
    bool ClaimedEarlier = false);

/// <summary>One thing that would fail an audit today; <see cref="ActivityId"/> is null for a finding about the whole cycle.</summary>
public sealed record AuditFinding(AuditFindingKind Kind, long? ActivityId, string Text);

/// <summary>
/// The audit drill: what would fail if the certifying body audited this cycle on the engine's as-of date. Pure; every
/// counting decision is the engine's (<see cref="ComplianceResult.Activities"/>, <see cref="ComplianceResult.StillNeed"/>,
/// <see cref="ComplianceResult.Progress"/>); this only reads the activity facts the engine does not know.
/// </summary>
public static class AuditDrill
{
    public static IReadOnlyList<AuditFinding> Findings(ComplianceResult result, IReadOnlyList<DrillActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(activities);
        var counted = result.Activities.Where(a => a.Counted > 0m).Select(a => a.ActivityId).ToHashSet();
        var cycle = result.Cycle;
        var findings = new List<AuditFinding>();
        foreach (var a in activities.OrderBy(a => a.CompletedOn).ThenBy(a => a.Id))
        {
            if (counted.Contains(a.Id))
            {
                if (!a.HasCertificate)
                    findings.Add(new(AuditFindingKind.MissingCertificate, a.Id, $"No certificate on file for \"{a.Title}\" ({a.CompletedOn:yyyy-MM-dd}), which counts toward this cycle."));
                if (a.Verification != VerificationStatus.Verified)
                    findings.Add(new(AuditFindingKind.Unverified, a.Id, $"\"{a.Title}\" ({a.CompletedOn:yyyy-MM-dd}) counts but has not been verified."));
            }
            // Activities entered before this cycle began are earlier cycles' history, not a claim on this one.
            else if (!cycle.Contains(a.CompletedOn) && !a.ClaimedEarlier && a.LoggedOn >= cycle.Start && a.CompletedOn <= result.AsOf)
            {
                findings.Add(new(AuditFindingKind.OutsideWindow, a.Id,
                    $"\"{a.Title}\" is dated {a.CompletedOn:yyyy-MM-dd}, outside this cycle's earning window ({cycle.EarnFrom:yyyy-MM-dd} to {cycle.EarnThrough:yyyy-MM-dd})."));
            }
        }
        if (ApprovedShort(result) is { } text) findings.Add(new(AuditFindingKind.ApprovedShareTooLow, null, text));
        return findings;
    }

    private static string? ApprovedShort(ComplianceResult result)
    {
        var approved = result.Progress?.Approved;
        if (result.StillNeed.Approved <= 0m && approved is not { IsMet: false }) return null;
        var label = result.Progress?.ApprovedLabel ?? result.StillNeed.ApprovedLabel ?? "approved";
        var unit = result.Progress?.UnitName ?? result.StillNeed.UnitName;
        var earned = approved is null ? "" : $"{StillNeed.Format(approved.Counted)} of {StillNeed.Format(approved.Required)} {unit} from {label} providers; ";
        var need = Math.Max(result.StillNeed.Approved, approved?.Remaining ?? 0m);
        return $"Approved share too low: {earned}{StillNeed.Format(need)} more {label} {unit} needed.";
    }
}
