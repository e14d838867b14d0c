namespace CmaRenewal.Infrastructure.Compliance.Totals;

/// <summary>
/// The triggers (created by the migration <c>CeTotalsKeptOnWrite</c>) that delete a credential's
/// <see cref="CeTotalsStamp"/> whenever something its CE totals depend on is written, by EF or by raw SQL alike. EF must
/// know them: SQL Server refuses its OUTPUT clause on a table with triggers.
/// </summary>
public static class CeTotalsTriggers
{
    public const string Links = "cma_totals_links";
    public const string Activities = "cma_totals_activities";
    public const string Splits = "cma_totals_splits";
    public const string Renewals = "cma_totals_renewals";
    public const string Credentials = "cma_totals_credentials";
}
