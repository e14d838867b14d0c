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

    internal CeActivityCredential(long credentialId, DateOnly completedOn)
    {
        CredentialId = credentialId;
        CompletedOn = completedOn;
    }

    public long ActivityId { get; private set; }
    public long CredentialId { get; private set; }

    /// <summary>
    /// The activity's completion date, kept on the link (the activity updates it) so a credential's CE inside its
    /// earning window is an index range: grids never read activities outside the window.
    /// </summary>
    public DateOnly CompletedOn { get; private set; }
    public long? ClaimedByRenewalId { get; private set; }

    public bool IsClaimed => ClaimedByRenewalId is not null;

    internal void ClaimFor(long renewalId) => ClaimedByRenewalId = renewalId;

    internal void Follow(DateOnly completedOn) => CompletedOn = completedOn;
}
