namespace CmaRenewal.Core.Credentials;

/// <summary>
/// What the engine needs to know about a credential. <paramref name="ExpiresOnOverride"/> replaces the computed
/// expiration of the current cycle (a date typed from the card, with a reason kept in the audit trail); it is
/// required for packs whose expiry anchor is an exact date. <paramref name="LeadTimeDays"/> is the holder's clinic's
/// lead time (a policy, <see cref="Compliance.LeadTime"/>); null follows the organisation's.
/// </summary>
public sealed record CredentialFacts(
    long Id,
    string PackCode,
    DateOnly CertifiedOn,
    IReadOnlyList<RenewalFacts> Renewals,
    DateOnly? ExpiresOnOverride = null,
    int? LeadTimeDays = null);

/// <summary>A recorded renewal (recertification) of a credential.</summary>
public sealed record RenewalFacts(DateOnly RenewedOn);
