using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.Credentials;

/// <summary>
/// A certification a person holds under one rule pack, with its renewal history. Every change takes a new
/// <see cref="Version"/>, so two people editing the same credential cannot silently overwrite each other.
/// </summary>
public sealed class Credential
{
    public const int PackCodeMaxLength = 40;
    public const int NumberMaxLength = 60;
    public const int OverrideReasonMaxLength = 500;

    private readonly List<Renewal> renewals = [];

    // For EF Core.
    private Credential()
    {
        PackCode = "";
    }

    public Credential(long personId, string packCode, DateOnly certifiedOn, string? number = null)
    {
        PersonId = Require.Id(personId, nameof(personId));
        PackCode = Require.Text(packCode, PackCodeMaxLength, nameof(packCode));
        CertifiedOn = certifiedOn;
        Number = Require.OptionalText(number, NumberMaxLength, nameof(number));
        Version = Guid.NewGuid();
    }

    public long Id { get; private set; }
    public long PersonId { get; private set; }

    /// <summary>The rule pack that governs it, e.g. "CMA-AAMA".</summary>
    public string PackCode { get; private set; }

    /// <summary>Certificate number from the card, when the holder has one.</summary>
    public string? Number { get; private set; }

    public DateOnly CertifiedOn { get; private set; }
    public DateOnly? ExpiresOnOverride { get; private set; }
    public string? OverrideReason { get; private set; }

    /// <summary>Concurrency token: replaced on every change.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyCollection<Renewal> Renewals => renewals;

    public Renewal RecordRenewal(DateOnly renewedOn)
    {
        if (renewedOn < CertifiedOn)
            throw new ArgumentOutOfRangeException(nameof(renewedOn), renewedOn, "A renewal cannot precede certification.");
        if (renewals.Any(r => r.RenewedOn == renewedOn))
            throw new InvalidOperationException($"A renewal on {renewedOn:yyyy-MM-dd} is already recorded.");
        var renewal = new Renewal(renewedOn);
        renewals.Add(renewal);
        Touch();
        return renewal;
    }

    /// <summary>Replaces the computed expiry with the date on the card; the reason goes to the audit trail.</summary>
    public void OverrideExpiry(DateOnly expiresOn, string reason)
    {
        if (expiresOn <= CertifiedOn)
            throw new ArgumentOutOfRangeException(nameof(expiresOn), expiresOn, "An expiry must follow certification.");
        ExpiresOnOverride = expiresOn;
        OverrideReason = Require.Text(reason, OverrideReasonMaxLength, nameof(reason));
        Touch();
    }

    public void ClearExpiryOverride()
    {
        ExpiresOnOverride = null;
        OverrideReason = null;
        Touch();
    }

    public void CorrectCertification(DateOnly certifiedOn, string? number)
    {
        if (renewals.Any(r => r.RenewedOn < certifiedOn))
            throw new ArgumentOutOfRangeException(nameof(certifiedOn), certifiedOn, "A recorded renewal precedes it.");
        CertifiedOn = certifiedOn;
        Number = Require.OptionalText(number, NumberMaxLength, nameof(number));
        Touch();
    }

    /// <summary>
    /// The engine's view; renewals must have been loaded with the credential. <paramref name="clinicLeadTimeDays"/> is
    /// the holder's clinic's lead time (<see cref="Clinics.Clinic.CeLeadTimeDays"/>), null for the organisation's. It
    /// has no default on purpose: a caller that forgot the clinic would silently judge with the organisation's.
    /// </summary>
    public CredentialFacts ToFacts(int? clinicLeadTimeDays) =>
        new(Id, PackCode, CertifiedOn, [.. renewals.OrderBy(r => r.RenewedOn).Select(r => new RenewalFacts(r.RenewedOn))],
            ExpiresOnOverride, clinicLeadTimeDays);

    private void Touch() => Version = Guid.NewGuid();
}
