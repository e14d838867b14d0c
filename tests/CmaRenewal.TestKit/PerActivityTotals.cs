using System.Globalization;
using CmaRenewal.Core.ContinuingEducation;

namespace CmaRenewal.TestKit;

/// <summary>
/// The oracle for kept CE totals: activities summed one by one into "unit|category|approved|kind|hundredths|count"
/// lines, in ordinal order, a split's first share carrying the activity's count (as the SQL totals count it).
/// </summary>
public static class PerActivityTotals
{
    public static List<string> Of(IEnumerable<CeActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var groups = new Dictionary<(string, string, bool, string), (long Amount, int Count)>();
        foreach (var a in activities)
        {
            var shares = a.IsSplit ? [.. a.Splits.OrderBy(s => s.Id).Select(s => (s.Category, s.AmountHundredths))] : new[] { (a.Category ?? "", a.AmountHundredths) };
            for (var i = 0; i < shares.Length; i++)
            {
                var key = (a.Unit, shares[i].Item1, a.IsApprovedProvider, a.Kind);
                var (amount, count) = groups.GetValueOrDefault(key);
                groups[key] = (amount + shares[i].Item2, count + (i == 0 ? 1 : 0));
            }
        }
        return [.. groups.Select(g => Line(g.Key.Item1, g.Key.Item2, g.Key.Item3, g.Key.Item4, g.Value.Amount, g.Value.Count)).Order(StringComparer.Ordinal)];
    }

    public static string Line(string unit, string category, bool approved, string kind, long amountHundredths, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{unit}|{category}|{approved}|{kind}|{amountHundredths}|{count}");
}
