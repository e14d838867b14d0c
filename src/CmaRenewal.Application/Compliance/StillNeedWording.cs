using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Compliance;

namespace CmaRenewal.Application.Compliance;

/// <summary>
/// "What is still needed" in the reader's language. English is Core's own <see cref="StillNeed.Summary"/>; Spanish
/// words it anew, with the rule packs' unit and category names (English data) in Spanish where the pair knows them.
/// </summary>
public static class StillNeedWording
{
    private static readonly AppText Text = new(typeof(StillNeedWording));

    /// <summary>"6 more points: at least 4 clinical", "6 puntos más: al menos 4 clínica".</summary>
    public static string Summary(StillNeed need)
    {
        ArgumentNullException.ThrowIfNull(need);
        if (AppCulture.CurrentLanguage == Core.People.Languages.English) return need.Summary;
        if (need.Total == 0m) return Text["NothingMore"];
        var parts = need.ByCategory.Where(c => c.Amount > 0m)
            .Select(c => Text.Format("AtLeast", StillNeed.Format(c.Amount), Data("Category", c.Name) ?? c.Name.ToLowerInvariant())).ToList();
        if (need.Approved > 0m)
            parts.Add(Text.Format("AtLeast", StillNeed.Format(need.Approved), Approved(need.ApprovedLabel)));
        var head = Text.Format("More", StillNeed.Format(need.Total), Data("Unit", need.UnitName) ?? need.UnitName);
        return parts.Count == 0 ? head : Text.Format("WithParts", head, string.Join(", ", parts));
    }

    // The packs write "AAMA-approved": the body's name stays, the word around it is the reader's.
    private static string Approved(string? label) => label switch
    {
        null => Text["Approved"],
        _ when label.EndsWith("-approved", StringComparison.OrdinalIgnoreCase) => Text.Format("ApprovedBy", label[..^"-approved".Length]),
        _ => label,
    };

    // A pack's own word ("NHA credits", "Clinical") by its words: UnitNhaCredits, CategoryClinical; null when unknown.
    private static string? Data(string kind, string name) => Text.Find(kind + string.Concat(
        name.Split(' ', '-', '_').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant())));
}
