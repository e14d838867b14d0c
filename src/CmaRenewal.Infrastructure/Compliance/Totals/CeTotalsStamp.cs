namespace CmaRenewal.Infrastructure.Compliance.Totals;

/// <summary>
/// Says a credential's <see cref="StoredCeTotal"/> rows are up to date for the earning window
/// <see cref="EarnFrom"/>–<see cref="EarnThrough"/>. Database triggers delete it in the same statement as any write to the
/// credential's CE, links, splits, renewals or window dates, so a stamp that exists is never stale.
/// <see cref="LatestCompletedOn"/> is the latest CE counted: a read as of an earlier date cannot use the rows.
/// </summary>
public sealed class CeTotalsStamp
{
    public long CredentialId { get; init; }
    public DateOnly EarnFrom { get; init; }
    public DateOnly EarnThrough { get; init; }
    public DateOnly? LatestCompletedOn { get; init; }
}
