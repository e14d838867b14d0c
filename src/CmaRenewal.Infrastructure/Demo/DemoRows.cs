namespace CmaRenewal.Infrastructure.Demo;

// Rows of demo data with their ids already assigned, so a bulk writer can stream them straight into an empty
// database without a round trip per row.
public sealed record DemoClinic(long Id, string Name, string TimeZone);

public sealed record DemoPerson(long Id, long ClinicId, string Email, string FirstName, string LastName, string Role, bool IsActive = true);

public sealed record DemoManagerLink(long PersonId, long ClinicId);

public sealed record DemoCredential(long Id, long PersonId, string PackCode, string Number, DateOnly CertifiedOn);

public sealed record DemoRenewal(long Id, long CredentialId, DateOnly RenewedOn);

public sealed record DemoActivity(
    long Id, long PersonId, DateOnly CompletedOn, string Title, string Provider, long AmountHundredths,
    string Unit, string Kind, string? Category, bool ApprovedProvider);

public sealed record DemoActivityLink(long ActivityId, long CredentialId);

public sealed record DemoPayment(long Id, long CredentialId, DateOnly PaidOn, DateOnly PaidThrough, long AmountCents);

/// <summary>
/// A whole demo data set. Large sets are produced lazily: activities and links are generated while they are
/// written, so memory stays flat however many rows there are.
/// </summary>
public sealed record DemoDataSet(
    IReadOnlyList<DemoClinic> Clinics,
    IReadOnlyList<DemoPerson> People,
    IReadOnlyList<DemoManagerLink> Managers,
    IReadOnlyList<DemoCredential> Credentials,
    IReadOnlyList<DemoRenewal> Renewals,
    IReadOnlyList<DemoPayment> Payments,
    IEnumerable<(DemoActivity Activity, IReadOnlyList<long> CredentialIds)> Activities);
