using System.Globalization;
using CmaRenewal.Core.Common;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>
/// The smallest additional CE that makes the cycle compliant, assuming it is approved and taken in the categories
/// that are short: <see cref="Total"/> covers every category shortfall and the approved shortfall at once.
/// </summary>
public sealed record StillNeed(decimal Total, IReadOnlyList<CategoryNeed> ByCategory, decimal Approved, string UnitName, string? ApprovedLabel)
{
    private static readonly ResourceText Text = new(typeof(StillNeed));

    public static StillNeed None(string unitName) => new(0m, [], 0m, unitName, null);

    public bool IsNothing => Total == 0m;

    /// <summary>
    /// Reads like "6 more points: at least 4 clinical, at least 2 AAMA-approved", in the reader's language: written
    /// when read, not when the engine decides, since most results (a whole organisation's) are never read as sentences.
    /// </summary>
    public string Summary => Describe(Total, ByCategory, Approved, UnitName, ApprovedLabel);

    /// <summary><see cref="Summary"/> in the current culture (Summary keeps the culture it was made in).</summary>
    public string Reworded() => Describe(Total, ByCategory, Approved, UnitName, ApprovedLabel);

    private static string Describe(decimal total, IReadOnlyList<CategoryNeed> byCategory, decimal approved, string unitName, string? approvedLabel)
    {
        // CE only: a fee or the renewal itself may still be outstanding, so this never claims nothing at all is left.
        if (total == 0m) return Text["NothingMore"];
        // A loop, not LINQ: the engine words this for most credentials it judges (the status sentence quotes it).
        var parts = new List<string>(byCategory.Count + 1);
        foreach (var c in byCategory)
            if (c.Amount > 0m) parts.Add(Text.Format("AtLeast", Format(c.Amount), PackWords.Of(c.Name).ToLower(CultureInfo.CurrentCulture)));
        if (approved > 0m) parts.Add(Text.Format("AtLeast", Format(approved), approvedLabel is null ? Text["Approved"] : PackWords.Of(approvedLabel)));
        var head = Text.Format("More", Format(total), PackWords.Of(unitName));
        return parts.Count == 0 ? head : Text.Format("WithParts", head, string.Join(", ", parts));
    }

    public static string Format(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}

public sealed record CategoryNeed(string Code, string Name, decimal Amount);
