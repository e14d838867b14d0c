using System.Globalization;
using CmaRenewal.Core.ContinuingEducation;

namespace CmaRenewal.Infrastructure.Compliance.Totals;

/// <summary>
/// A credential's kept totals as one text (SQLite's <c>group_concat</c>): totals apart by char(30), the six fields
/// of each by char(31). Control characters never occur in unit, category or kind codes.
/// </summary>
internal static class PackedTotals
{
    private const char TotalSeparator = '\u001e';
    private const char FieldSeparator = '\u001f';

    /// <summary>The SQLite expression that packs one row of <c>CeCredentialTotals</c> aliased <paramref name="t"/>.</summary>
    public static string Fields(string t) =>
        $"{t}.Unit || char(31) || {t}.Category || char(31) || {t}.ApprovedProvider || char(31) || {t}.Kind || char(31) || " +
        $"{t}.AmountHundredths || char(31) || {t}.Count";

    /// <summary>The sub-query that packs the kept totals of the credential <paramref name="credentialId"/> (a column), in key order.</summary>
    public static string Statement(string credentialId) =>
        $"SELECT group_concat({Fields("t")}, char(30) ORDER BY t.Unit, t.Category, t.ApprovedProvider, t.Kind) " +
        $"FROM CeCredentialTotals t WHERE t.CredentialId = {credentialId}";

    /// <summary>Adds the totals packed in <paramref name="packed"/> to <paramref name="into"/>, reading it in place.</summary>
    public static void Read(string packed, List<CeTotal> into, TextPool texts)
    {
        // Not sized ahead (counting the separators was a fifth of the read): the engine's cores read into lists they
        // reuse (TotalsScratch), which stop growing after the first few credentials.
        var all = packed.AsSpan();
        Span<Range> fields = stackalloc Range[7];
        foreach (var range in all.Split(TotalSeparator))
        {
            var total = all[range];
            if (total.Split(fields, FieldSeparator) != 6) throw new FormatException($"A packed CE total has not six fields: '{total}'.");
            var category = total[fields[1]];
            into.Add(new CeTotal(
                texts.Of(total[fields[0]]),
                category.IsEmpty ? null : texts.Of(category),
                long.Parse(total[fields[2]], CultureInfo.InvariantCulture) != 0,
                texts.Of(total[fields[3]]),
                long.Parse(total[fields[4]], CultureInfo.InvariantCulture) / 100m,
                int.Parse(total[fields[5]], CultureInfo.InvariantCulture)));
        }
    }
}
