namespace CmaRenewal.Core.Credentials;

/// <summary>One recorded renewal (recertification) of a credential; created through <see cref="Credential.RecordRenewal"/>.</summary>
public sealed class Renewal
{
    // For EF Core.
    private Renewal()
    {
    }

    internal Renewal(DateOnly renewedOn) => RenewedOn = renewedOn;

    public long Id { get; private set; }
    public long CredentialId { get; private set; }
    public DateOnly RenewedOn { get; private set; }
}
