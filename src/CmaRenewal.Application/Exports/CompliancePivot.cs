using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance;

namespace CmaRenewal.Application.Exports;

/// <summary>
/// The person × credential view of the compliance export: one row per person, one column per credential code held by
/// anyone in the export, the cell holding the engine's status (empty where the person does not hold it). A person
/// holding two credentials of one code (two numbers) gets the one needing action first, in the engine's own order
/// of <see cref="CredentialStatus"/>; the per-credential export has both. An unmet requirement is a column of its own
/// (its code, or a one-of group's codes joined by '|') holding Missing.
/// </summary>
public static class CompliancePivot
{
    public static readonly string[] LeadingColumns = ["email", "name"];

    public static (string[] Header, IReadOnlyList<object?[]> Rows) Build(
        IEnumerable<CredentialCompliance> evaluated, IEnumerable<MissingCredential>? missing = null)
    {
        var all = evaluated.Select(c => (c.PersonId, c.Email, c.PersonName, c.PackCode, c.Result.Status))
            .Concat((missing ?? []).Select(m => (m.PersonId, m.Email, m.PersonName, PackCode: m.Group.Label, Status: CredentialStatus.Missing)))
            .ToList();
        var codes = all.Select(c => c.PackCode).Distinct().Order(StringComparer.Ordinal).ToArray();
        var column = codes.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => LeadingColumns.Length + x.i, StringComparer.Ordinal);
        var rows = all
            .GroupBy(c => c.PersonId)
            .Select(person =>
            {
                var first = person.First();
                var row = new object?[LeadingColumns.Length + codes.Length];
                row[0] = first.Email;
                row[1] = first.PersonName;
                foreach (var held in person.GroupBy(c => c.PackCode))
                    row[column[held.Key]] = held.Min(c => c.Status).ToString(); // the enum's first value needs action first
                return row;
            })
            .OrderBy(r => (string)r[0]!, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return ([.. LeadingColumns, .. codes], rows);
    }
}
