namespace CmaRenewal.Core.AuditPacks;

/// <summary>
/// Whether a credential's cycle would pass an audit: the audit drill's findings (<see cref="AuditDrill.Findings"/>)
/// counted by kind, so every door that shows readiness shows the drill's own numbers. Ready when the drill finds nothing.
/// </summary>
public sealed record AuditReadiness(int MissingCertificates, int Unverified, int OutsideWindow, int ApprovedShareTooLow)
{
    public static readonly AuditReadiness Ready = new(0, 0, 0, 0);

    public bool IsReady => this == Ready;

    public static AuditReadiness Of(IEnumerable<AuditFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var byKind = findings.CountBy(f => f.Kind).ToDictionary();
        return new(byKind.GetValueOrDefault(AuditFindingKind.MissingCertificate), byKind.GetValueOrDefault(AuditFindingKind.Unverified),
            byKind.GetValueOrDefault(AuditFindingKind.OutsideWindow), byKind.GetValueOrDefault(AuditFindingKind.ApprovedShareTooLow));
    }

    /// <summary>
    /// The machine form the export and the API carry: <c>certificates:3;unverified:2;outside_window:1;approved_share:1</c>,
    /// kinds with nothing to report left out, empty when ready (semicolons, so a CSV cell needs no quoting).
    /// </summary>
    public string Gaps => string.Join(';', Counts().Where(c => c.Count > 0).Select(c => $"{c.Key}:{c.Count}"));

    /// <summary>Each kind's key in <see cref="Gaps"/> and its count, in the drill's order.</summary>
    public IEnumerable<(string Key, int Count)> Counts()
    {
        yield return ("certificates", MissingCertificates);
        yield return ("unverified", Unverified);
        yield return ("outside_window", OutsideWindow);
        yield return ("approved_share", ApprovedShareTooLow);
    }
}
