using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Requirements;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Application.Requirements;

/// <summary>
/// The one wording of a Missing row: what the grid, emails and exports say is missing, and what the holder is asked to
/// add. Names come from the catalog in force, so a type the organisation defined reads by its own name.
/// </summary>
public static class RequirementWording
{
    private static readonly AppText Text = new(typeof(RequirementWording));

    /// <summary>The grid's "still need" of a Missing row, whose credential column already names the code(s).</summary>
    public static string NotOnFileShort => Text["NotOnFileShort"];

    /// <summary>"Required: BLS-AHA, not on file." or "Required: one of CMA-AAMA, RMA-AMT; none on file.": the manager's line on the person page.</summary>
    public static string NotOnFile(RequirementGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Codes.Count == 1
            ? Text.Format("RequiredOne", group.Codes[0])
            : Text.Format("RequiredAny", string.Join(", ", group.Codes));
    }

    /// <summary>"Add your BLS (AHA) card" or "Add your certification: CMA (AAMA), RMA (AMT) or NCMA (NCCT)": the holder's prompt.</summary>
    public static string AddYours(RequirementGroup group, RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(group);
        return AddYours(group.NamesIn(catalog));
    }

    /// <summary>The same prompt from the names a reminder stored (<see cref="RequirementGroup.NamesIn"/>).</summary>
    public static string AddYours(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count == 1
            ? Text.Format("AddCard", names[0])
            : Text.Format("AddCertification", string.Join(", ", names.SkipLast(1)), names[^1]);
    }

    /// <summary>"One of CMA-AAMA, RMA-AMT; and BLS-AHA.": a whole requirement in a sentence.</summary>
    public static string Describe(IReadOnlyList<RequirementGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count == 0) return Text["NothingRequired"];
        var parts = groups.Select(g => g.Codes.Count == 1 ? g.Codes[0] : Text.Format("OneOf", string.Join(", ", g.Codes))).ToList();
        var sentence = string.Join(Text["AndJoin"], parts);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }
}
