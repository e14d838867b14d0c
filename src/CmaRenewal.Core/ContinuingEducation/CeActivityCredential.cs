namespace CmaRenewal.Core.ContinuingEducation;

/// <summary>
/// An activity counts toward a credential. <see cref="ClaimedByRenewalId"/> is set once a renewal of that credential
/// used it, so it never carries over into the next cycle.
/// </summary>
public sealed class CeActivityCredential
{
    // For EF Core.
    private CeActivityCredential()
    {
    }

    internal CeActivityCredential(long credentialId) => CredentialId = credentialId;

    public long ActivityId { get; private set; }
    public long CredentialId { get; private set; }
    public long? ClaimedByRenewalId { get; private set; }

    public bool IsClaimed => ClaimedByRenewalId is not null;

    internal void ClaimFor(long renewalId) => ClaimedByRenewalId = renewalId;
}
