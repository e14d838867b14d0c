using CmaRenewal.Application.Common;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Credentials;

namespace CmaRenewal.Web.Features.AuditPacks;

/// <summary>A download link for one cycle's audit pack, as the credential card shows it.</summary>
public sealed record AuditPackLink(string Label, string Href, bool IsCurrent)
{
    private static readonly AppText Text = new(typeof(AuditPackLink));

    /// <summary>The current cycle first, then past cycles newest first.</summary>
    public static IReadOnlyList<AuditPackLink> For(ComplianceEngine engine, CredentialFacts credential, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return [.. CycleHistory.Of(engine, credential, today).Reverse().Select(c => c.IsCurrent
            ? new AuditPackLink(Text["Current"], AuditPackEndpoint.Url(credential.Id, null), true)
            // Short enough for a phone-width card: the cycle's start date, which is also the download's key.
            : new AuditPackLink(Text.Format("Past", PlainFormat.Date(c.Window.Start)),
                AuditPackEndpoint.Url(credential.Id, c.Window.Start), false))];
    }
}
