namespace CmaRenewal.Infrastructure.Compliance.Totals;

/// <summary>The statements that replace the kept totals of the credentials in a window table.</summary>
internal static class CeTotalsSql
{
    // Stamps first: on SQL Server the new stamp's lock makes a concurrent write's trigger wait, then delete the stamp,
    // so a write that lands while the sums run never leaves a stamp that claims to include it.
    // On SQLite the rows are also packed onto the stamp, last, from the rows just written: the organisation's read
    // takes them from there (KeptCeTotals).
    public static IEnumerable<string> Write(string window, int credentials, bool sqlite) =>
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
        .. (sqlite ? new[] { Pack(window) } : []),
    ];

    private static string Pack(string window) => $"""
        UPDATE CeTotalsStamps SET PackedTotals = ({PackedTotals.Statement("CeTotalsStamps.CredentialId")})
        WHERE CredentialId IN (SELECT CredentialId FROM {window})
        """;
}
