using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Common;
using CmaRenewal.Core.Rules;

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
    private static readonly ResourceText Text = new(typeof(AuditDrill));

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
                    findings.Add(new(AuditFindingKind.MissingCertificate, a.Id, Text.Format("NoCertificate", a.Title, ReadableDate.Of(a.CompletedOn))));
                if (a.Verification != VerificationStatus.Verified)
                    findings.Add(new(AuditFindingKind.Unverified, a.Id, Text.Format("NotVerified", a.Title, ReadableDate.Of(a.CompletedOn))));
            }
            // Activities entered before this cycle began are earlier cycles' history, not a claim on this one.
            else if (!cycle.Contains(a.CompletedOn) && !a.ClaimedEarlier && a.LoggedOn >= cycle.Start && a.CompletedOn <= result.AsOf)
            {
                findings.Add(new(AuditFindingKind.OutsideWindow, a.Id,
                    Text.Format("OutsideWindow", a.Title, ReadableDate.Of(a.CompletedOn), ReadableDate.Of(cycle.EarnFrom), ReadableDate.Of(cycle.EarnThrough))));
            }
        }
        if (ApprovedShort(result) is { } text) findings.Add(new(AuditFindingKind.ApprovedShareTooLow, null, text));
        return findings;
    }

    private static string? ApprovedShort(ComplianceResult result)
    {
        var approved = result.Progress?.Approved;
        if (result.StillNeed.Approved <= 0m && approved is not { IsMet: false }) return null;
        var label = PackWords.Of(result.Progress?.ApprovedLabel ?? result.StillNeed.ApprovedLabel ?? "approved");
        var unit = PackWords.Of(result.Progress?.UnitName ?? result.StillNeed.UnitName);
        var earned = approved is null ? "" : Text.Format("ApprovedEarned", StillNeed.Format(approved.Counted), StillNeed.Format(approved.Required), unit, label);
        var need = Math.Max(result.StillNeed.Approved, approved?.Remaining ?? 0m);
        return Text.Format("ApprovedShort", earned, StillNeed.Format(need), label, unit);
    }
}
