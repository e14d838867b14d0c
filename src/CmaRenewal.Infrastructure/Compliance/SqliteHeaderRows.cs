using System.Globalization;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>
/// On SQLite, the credential headers read with a plain data reader: one command of three statements (the credentials
/// with their holders, their renewals in date order, their payments), the same SQL EF makes for
/// <see cref="CredentialHeaders.ReadAsync"/> (soft-deleted activities left out as its query filter does), read column
/// by column with <see cref="ColumnDates"/> (pack codes are pooled by the caller). For the whole organisation EF's
/// materialisation of the 30,000 rows was most of the headers' time; for a clinic, EF's work per statement. SQL Server
/// keeps EF's queries.
/// </summary>
internal static class SqliteHeaderRows
{
    public static async Task<CredentialHeaders.HeaderData> ReadAsync(
        CmaRenewalDbContext db, ComplianceScope scope, DateOnly? lastActivityUpTo, CancellationToken ct)
    {
        var data = new CredentialHeaders.HeaderData([], [], []);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
#pragma warning disable CA2100 // Constants, generated integer ids and an ISO date only.
            command.CommandText = Statement(scope, lastActivityUpTo);
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                data.Rows.Add(new CredentialHeaders.HeaderRow(
                    reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    ColumnDates.Read(reader, 3), ColumnDates.ReadOrNull(reader, 4),
                    reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetInt64(8), reader.GetInt64(9),
                    reader.GetBoolean(10), reader.IsDBNull(11) ? null : reader.GetInt32(11),
                    lastActivityUpTo is null ? null : ColumnDates.ReadOrNull(reader, 12)));
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
                data.Renewals.Add((reader.GetInt64(0), new RenewalFacts(ColumnDates.Read(reader, 1))));
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
                data.Payments.Add((reader.GetInt64(0),
                    new FeePaymentFacts(ColumnDates.Read(reader, 1), ColumnDates.Read(reader, 2), reader.GetInt64(3) / 100m)));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return data;
    }

    internal static string Statement(ComplianceScope scope, DateOnly? lastActivityUpTo)
    {
        var latest = lastActivityUpTo is { } upTo
            ? $"""
              , (SELECT MAX(a.CompletedOn) FROM CeActivities AS a
                 WHERE a.DeletedAtUtc IS NULL AND a.PersonId = p.Id AND a.CompletedOn <= '{upTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'
                   AND a.Verification <> '{nameof(VerificationStatus.Rejected)}')
              """
            : "";
        var filters = PeopleFilters(scope);
        var where = filters.Count == 0 ? "" : "WHERE " + string.Join(" AND ", filters);
        // The whole organisation's renewals and payments need no filter: every row belongs to a credential read here
        // (on the large demo the filter was most of SQLite's time for these two reads, 28 of 29 ms).
        var ofScope = filters.Count == 0 ? ""
            : $"WHERE x.CredentialId IN (SELECT c.Id FROM Credentials AS c INNER JOIN People AS p ON c.PersonId = p.Id {where})";
        return $"""
            SELECT c.Id, c.PackCode, c.Number, c.CertifiedOn, c.ExpiresOnOverride, p.FirstName, p.LastName, p.Email, p.Id,
                   p.ClinicId, p.IsActive, k.CeLeadTimeDays{latest}
            FROM Credentials AS c
            INNER JOIN People AS p ON c.PersonId = p.Id
            INNER JOIN Clinics AS k ON p.ClinicId = k.Id
            {where};
            SELECT x.CredentialId, x.RenewedOn FROM Renewals AS x {ofScope} ORDER BY x.RenewedOn;
            SELECT x.CredentialId, x.PaidOn, x.PaidThrough, x.AmountCents FROM FeePayments AS x {ofScope};
            """;
    }

    /// <summary>The scope as conditions on the people table, aliased <c>p</c>; none for the whole organisation.</summary>
    internal static List<string> PeopleFilters(ComplianceScope scope)
    {
        List<string> filters = [];
        if (scope.ClinicIds is { } clinics) filters.Add($"p.ClinicId IN ({Ids(clinics)})");
        if (scope.PersonId is { } person) filters.Add($"p.Id = {person.ToString(CultureInfo.InvariantCulture)}");
        if (scope.PersonIds is { } people) filters.Add($"p.Id IN ({Ids(people)})");
        return filters;
    }

    // An empty list matches nothing, as EF's Contains over an empty list does.
    private static string Ids(IReadOnlyCollection<long> ids) =>
        ids.Count == 0 ? "NULL" : string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
