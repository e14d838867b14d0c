using CmaRenewal.Core.AuditPacks;

namespace CmaRenewal.Application.Compliance;

/// <summary>
/// The one wording of audit readiness, shown beside a status wherever one is shown ("Compliant · 3 certificates
/// missing"), with the drill's own counts.
/// </summary>
public static class AuditReadinessWording
{
    /// <summary>What would fail an audit, e.g. "3 certificates missing, 2 unverified"; empty when ready.</summary>
    public static string Gaps(AuditReadiness readiness)
    {
        ArgumentNullException.ThrowIfNull(readiness);
        List<string> parts = [];
        if (readiness.MissingCertificates > 0) parts.Add(Count(readiness.MissingCertificates, "certificate", "certificates") + " missing");
        if (readiness.Unverified > 0) parts.Add($"{readiness.Unverified} unverified");
        if (readiness.OutsideWindow > 0) parts.Add(Count(readiness.OutsideWindow, "entry", "entries") + " outside the window");
        if (readiness.ApprovedShareTooLow > 0) parts.Add("approved share too low");
        return string.Join(", ", parts);
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
