namespace CmaRenewal.Core.Requirements;

/// <summary>
/// The stored form of a requirement: groups separated by ';', codes of a group by '|', e.g.
/// "CMA-AAMA|RMA-AMT|NCMA-NCCT|CCMA-NHA;BLS-AHA". One short column instead of a child table, since a requirement is
/// always read and replaced whole.
/// </summary>
public static class RequirementText
{
    public const char GroupSeparator = ';';

    public static IReadOnlyList<RequirementGroup> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split(GroupSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(g => new RequirementGroup(g.Split(RequirementGroup.CodeSeparator)))];

    public static string Format(IEnumerable<RequirementGroup> groups) => string.Join(GroupSeparator, groups.Select(g => g.Label));
}
