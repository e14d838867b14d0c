namespace CmaRenewal.Infrastructure.Compliance.Totals;

/// <summary>
/// Says a credential's <see cref="StoredCeTotal"/> rows are up to date for the earning window
/// <see cref="EarnFrom"/>–<see cref="EarnThrough"/>. Database triggers delete it in the same statement as any write to the
/// credential's CE, links, splits, renewals, window dates, verifications or certificates, so a stamp that exists is never
/// stale. <see cref="LatestCompletedOn"/> is the latest CE counted: a read as of an earlier date cannot use the rows.
/// The <c>Readiness…</c> columns keep the audit drill's activity findings (see <c>KeptReadiness</c>); null until
/// they are counted. <see cref="PackedTotals"/> holds the same rows packed into one text, on SQLite only.
/// </summary>
public sealed class CeTotalsStamp
{
    public long CredentialId { get; init; }
    public DateOnly EarnFrom { get; init; }
    public DateOnly EarnThrough { get; init; }
    public DateOnly? LatestCompletedOn { get; init; }

    /// <summary>The cycle start the findings were counted for: CE logged before it is earlier cycles' history.</summary>
    public DateOnly? ReadinessCycleStart { get; init; }

    /// <summary>The rule pack version the findings were counted under: an override can change what counts.</summary>
    public int? ReadinessRulesVersion { get; init; }

    /// <summary>The latest completion date among the CE the findings looked at: an earlier read cannot use them.</summary>
    public DateOnly? ReadinessLatestOn { get; init; }

    public int? MissingCertificates { get; init; }
    public int? Unverified { get; init; }
    public int? OutsideWindow { get; init; }

    /// <summary>
    /// SQLite only: the credential's totals packed into one text (see <c>PackedTotals</c>), written with the rows. The
    /// organisation's read then scans 30,000 stamps, not a sub-query over 265,000 rows per read. Null (SQL Server, no
    /// totals, a stamp written before this column): the read packs the rows itself.
    /// </summary>
    public string? PackedTotals { get; init; }
}
