namespace CmaRenewal.Infrastructure.Compliance.Totals;

/// <summary>The statements that replace the kept totals of the credentials in a window table.</summary>
internal static class CeTotalsSql
{
    // Stamps first: on SQL Server the new stamp's lock makes a concurrent write's trigger wait, then delete the stamp,
    // so a write that lands while the sums run never leaves a stamp that claims to include it.
    public static IEnumerable<string> Write(string window, int credentials) =>
    [
        $"DELETE FROM CeTotalsStamps WHERE CredentialId IN (SELECT CredentialId FROM {window})",
        $"""
        INSERT INTO CeTotalsStamps (CredentialId, EarnFrom, EarnThrough, LatestCompletedOn)
        SELECT w.CredentialId, w.EarnFrom, w.EarnThrough,
               (SELECT MAX(l.CompletedOn) FROM CeActivityCredentials l JOIN CeActivities a ON a.Id = l.ActivityId WHERE {CeTotalsQuery.Counted})
        FROM {window} w
        """,
        $"DELETE FROM CeCredentialTotals WHERE CredentialId IN (SELECT CredentialId FROM {window})",
        $"""
        INSERT INTO CeCredentialTotals (CredentialId, Unit, Category, ApprovedProvider, Kind, AmountHundredths, Count)
        SELECT CredentialId, Unit, COALESCE(Category, '{StoredCeTotal.NoCategory}'), ApprovedProvider, Kind, AmountHundredths, Count
        FROM ({CeTotalsQuery.Aggregate(window, credentials)}) x
        """,
    ];
}
