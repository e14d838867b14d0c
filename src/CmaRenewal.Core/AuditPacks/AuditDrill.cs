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
        var cycle = result.Cycle;
        var findings = new List<AuditFinding>();
        foreach (var (kind, a) in Found(cycle, result.AsOf, result.Activities, activities))
        {
            findings.Add(kind switch
            {
                AuditFindingKind.MissingCertificate => new(kind, a.Id, Text.Format("NoCertificate", a.Title, ReadableDate.Of(a.CompletedOn))),
                AuditFindingKind.Unverified => new(kind, a.Id, Text.Format("NotVerified", a.Title, ReadableDate.Of(a.CompletedOn))),
                _ => new(kind, a.Id, Text.Format("OutsideWindow", a.Title, ReadableDate.Of(a.CompletedOn), ReadableDate.Of(cycle.EarnFrom), ReadableDate.Of(cycle.EarnThrough))),
            });
        }
        if (ApprovedShort(result.Progress, result.StillNeed) is { } text) findings.Add(new(AuditFindingKind.ApprovedShareTooLow, null, text));
        return findings;
    }

    /// <summary>
    /// What <see cref="Findings"/> would find, counted by kind, without its sentences: the readiness every grid row and
    /// export line shows. The activities' titles are not read, so callers may leave them empty.
    /// </summary>
    public static AuditReadiness Readiness(CycleWindow cycle, DateOnly asOf, CeCounting counting, IReadOnlyList<DrillActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(counting);
        ArgumentNullException.ThrowIfNull(activities);
        int certificates = 0, unverified = 0, outside = 0;
        foreach (var (kind, _) in Found(cycle, asOf, counting.Activities, activities))
        {
            if (kind == AuditFindingKind.MissingCertificate) certificates++;
            else if (kind == AuditFindingKind.Unverified) unverified++;
            else outside++;
        }
        return new(certificates, unverified, outside, IsApprovedShort(counting.Progress, counting.Need) ? 1 : 0);
    }

    /// <summary>
    /// <see cref="Readiness"/> from activity findings
    /// counted earlier for the same cycle (kept on write), with the approved-share finding judged on this read's progress.
    /// </summary>
    public static AuditReadiness ReadinessFromKept(AuditReadiness activityFindings, CeProgress? progress, StillNeed need)
    {
        ArgumentNullException.ThrowIfNull(activityFindings);
        ArgumentNullException.ThrowIfNull(need);
        var share = IsApprovedShort(progress, need) ? 1 : 0;
        return activityFindings.ApprovedShareTooLow == share ? activityFindings : activityFindings with { ApprovedShareTooLow = share };
    }

    // The activity findings, in the drill's order; every counting decision is the engine's.
    private static IEnumerable<(AuditFindingKind Kind, DrillActivity Activity)> Found(
        CycleWindow cycle, DateOnly asOf, IReadOnlyList<ActivityCount> counts, IReadOnlyList<DrillActivity> activities)
    {
        var counted = counts.Where(a => a.Counted > 0m).Select(a => a.ActivityId).ToHashSet();
        foreach (var a in activities.OrderBy(a => a.CompletedOn).ThenBy(a => a.Id))
        {
            if (counted.Contains(a.Id))
            {
                if (!a.HasCertificate) yield return (AuditFindingKind.MissingCertificate, a);
                if (a.Verification != VerificationStatus.Verified) yield return (AuditFindingKind.Unverified, a);
            }
            // Activities entered before this cycle began are earlier cycles' history, not a claim on this one.
            else if (!cycle.Contains(a.CompletedOn) && !a.ClaimedEarlier && a.LoggedOn >= cycle.Start && a.CompletedOn <= asOf)
            {
                yield return (AuditFindingKind.OutsideWindow, a);
            }
        }
    }

    private static bool IsApprovedShort(CeProgress? progress, StillNeed need) =>
        need.Approved > 0m || progress?.Approved is { IsMet: false };

    private static string? ApprovedShort(CeProgress? progress, StillNeed need)
    {
        if (!IsApprovedShort(progress, need)) return null;
        var approved = progress?.Approved;
        var label = PackWords.Of(progress?.ApprovedLabel ?? need.ApprovedLabel ?? "approved");
        var unit = PackWords.Of(progress?.UnitName ?? need.UnitName);
        var earned = approved is null ? "" : Text.Format("ApprovedEarned", StillNeed.Format(approved.Counted), StillNeed.Format(approved.Required), unit, label);
        var amount = Math.Max(need.Approved, approved?.Remaining ?? 0m);
        return Text.Format("ApprovedShort", earned, StillNeed.Format(amount), label, unit);
    }
}
