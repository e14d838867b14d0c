using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance.Totals;

namespace CmaRenewal.Infrastructure.Compliance.Readiness;

/// <summary>
/// A credential's audit-drill findings about its activities (missing certificates, unverified, outside the window),
/// counted by <see cref="ReadinessFacts"/> when its totals were kept and stored on its <see cref="CeTotalsStamp"/>, so a
/// grid or an export reads three numbers instead of every linked CE row. The approved-share finding is judged at read
/// time from the engine's result, which kept totals already give.
/// </summary>
public sealed record KeptReadiness(
    DateOnly EarnFrom, DateOnly EarnThrough, DateOnly CycleStart, int RulesVersion, DateOnly? LatestOn,
    int MissingCertificates, int Unverified, int OutsideWindow)
{
    public static KeptReadiness? Of(CeTotalsStamp stamp) =>
        stamp is { ReadinessCycleStart: { } start, ReadinessRulesVersion: { } version, MissingCertificates: { } certificates, Unverified: { } unverified, OutsideWindow: { } outside }
            ? new(stamp.EarnFrom, stamp.EarnThrough, start, version, stamp.ReadinessLatestOn, certificates, unverified, outside)
            : null;

    /// <summary>
    /// The counts equal a live count for <paramref name="cycle"/> on <paramref name="asOf"/> when they were counted for
    /// that very cycle (window, start, rule version) and nothing they looked at lies after the as-of date.
    /// </summary>
    public bool ServesFor(CycleWindow cycle, DateOnly asOf) => IsFor(cycle) && (LatestOn is null || LatestOn <= asOf);

    /// <summary>Whether the counts were counted for <paramref name="cycle"/>: its window, its start, its rule version.</summary>
    public bool IsFor(CycleWindow cycle) =>
        EarnFrom == cycle.EarnFrom && EarnThrough == cycle.EarnThrough && CycleStart == cycle.Start && RulesVersion == cycle.Rules.Version;

    /// <summary>
    /// The kept counts with the approved-share finding judged from <paramref name="result"/>: the shared
    /// <see cref="AuditReadiness.Ready"/> when nothing is found (most credentials; a whole organisation's results hold
    /// one each), since <see cref="AuditDrill.ReadinessFromKept"/> returns what it is given when the share is fine.
    /// </summary>
    public AuditReadiness Judge(ComplianceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var counted = MissingCertificates == 0 && Unverified == 0 && OutsideWindow == 0
            ? AuditReadiness.Ready
            : new AuditReadiness(MissingCertificates, Unverified, OutsideWindow, 0);
        return AuditDrill.ReadinessFromKept(counted, result.Progress, result.StillNeed);
    }
}
