using CmaRenewal.Application.Localization;
using CmaRenewal.Core.AuditPacks;

namespace CmaRenewal.Application.Compliance;

/// <summary>
/// The one wording of audit readiness, shown beside a status wherever one is shown ("Compliant · 3 certificates
/// missing"), with the drill's own counts, in the current UI language.
/// </summary>
public static class AuditReadinessWording
{
    private static readonly AppText Text = new(typeof(AuditReadinessWording));

    /// <summary>What would fail an audit, e.g. "3 certificates missing, 2 unverified"; empty when ready.</summary>
    public static string Gaps(AuditReadiness readiness)
    {
        ArgumentNullException.ThrowIfNull(readiness);
        List<string> parts = [];
        if (readiness.MissingCertificates > 0) parts.Add(Count(readiness.MissingCertificates, "CertificatesMissing"));
        if (readiness.Unverified > 0) parts.Add(Text.Format("Unverified", readiness.Unverified));
        if (readiness.OutsideWindow > 0) parts.Add(Count(readiness.OutsideWindow, "OutsideWindow"));
        if (readiness.ApprovedShareTooLow > 0) parts.Add(Text["ApprovedShareTooLow"]);
        return string.Join(", ", parts);
    }

    private static string Count(int n, string key) => Text.Format(key + (n == 1 ? "One" : "Many"), n);
}
