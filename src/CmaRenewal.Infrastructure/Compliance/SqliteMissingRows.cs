using System.Data.Common;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Requirements;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>
/// On SQLite, the rows <see cref="MissingCredentials"/> judges, read with a plain data reader: the same SQL EF makes for
/// <see cref="MissingCredentials.RulesAsync"/> and <see cref="MissingCredentials.PeopleAsync"/>, roles read by name as
/// EF's conversion reads them. For the whole organisation (25,000 people, 30,000 credentials on the large demo) EF's
/// materialisation and, in a fresh process, the compilation of the two people queries were the longest read of an
/// export or a reminder run.
/// </summary>
internal static class SqliteMissingRows
{
    public static async Task<List<RequirementRule>> RulesAsync(CmaRenewalDbContext db, CancellationToken ct)
    {
        List<RequirementRule> rules = [];
        await ReadAsync(db, "SELECT r.ClinicId, r.Role, r.Groups FROM CredentialRequirements AS r",
            reader => rules.Add(new RequirementRule(reader.IsDBNull(0) ? null : reader.GetInt64(0), Role(reader.GetString(1)),
                RequirementText.Parse(reader.GetString(2)))), ct);
        return rules;
    }

    public static async Task<(List<MissingCredentials.PersonRow> People, List<(long PersonId, string PackCode)> Held)> PeopleAsync(
        CmaRenewalDbContext db, ComplianceScope scope, bool withHeld, CancellationToken ct)
    {
        var where = string.Join("", SqliteHeaderRows.PeopleFilters(scope).Select(f => " AND " + f));
        List<MissingCredentials.PersonRow> people = [];
        await ReadAsync(db, $"SELECT p.Id, p.FirstName, p.LastName, p.Email, p.ClinicId, p.Role FROM People AS p WHERE p.IsActive{where}",
            reader => people.Add(new MissingCredentials.PersonRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                reader.GetString(3), reader.GetInt64(4), Role(reader.GetString(5)))), ct);
        List<(long, string)> held = [];
        if (withHeld)
            await ReadAsync(db, $"SELECT c.PersonId, c.PackCode FROM Credentials AS c INNER JOIN People AS p ON c.PersonId = p.Id WHERE p.IsActive{where}",
                reader => held.Add((reader.GetInt64(0), reader.GetString(1))), ct);
        return (people, held);
    }

    private static async Task ReadAsync(CmaRenewalDbContext db, string sql, Action<DbDataReader> row, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
#pragma warning disable CA2100 // Constants and generated integer ids only.
            command.CommandText = sql;
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) row(reader);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Stored by name (EnumColumn); read as EF's conversion reads it, ignoring case.
    private static PersonRole Role(string name) => Enum.TryParse<PersonRole>(name, ignoreCase: true, out var role)
        ? role
        : throw new InvalidDataException($"'{name}' is not a role.");
}
