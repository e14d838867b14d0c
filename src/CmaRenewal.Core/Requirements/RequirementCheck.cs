using CmaRenewal.Core.People;

namespace CmaRenewal.Core.Requirements;

/// <summary>A requirement in force: who it binds (null clinic for the organisation's default) and its groups.</summary>
public sealed record RequirementRule(long? ClinicId, PersonRole Role, IReadOnlyList<RequirementGroup> Groups);

/// <summary>
/// Which requirement groups a person leaves unmet. Pure: the caller brings the rules in force, the person's role and
/// clinic, and the codes of the credentials on file. A credential counts whatever its status: a lapsed card already has
/// its own row saying what to do, so listing it again as Missing would only repeat it.
/// </summary>
public static class RequirementCheck
{
    /// <summary>The clinic's override for the role when there is one, else the organisation's default, else nothing.</summary>
    public static IReadOnlyList<RequirementGroup> Effective(IEnumerable<RequirementRule> rules, PersonRole role, long clinicId)
    {
        ArgumentNullException.ThrowIfNull(rules);
        RequirementRule? fallback = null;
        foreach (var rule in rules.Where(r => r.Role == role))
        {
            if (rule.ClinicId == clinicId) return rule.Groups;
            if (rule.ClinicId is null) fallback = rule;
        }
        return fallback?.Groups ?? [];
    }

    /// <summary>The groups none of whose codes the person holds, in the requirement's order.</summary>
    public static IReadOnlyList<RequirementGroup> Unmet(IReadOnlyList<RequirementGroup> required, IEnumerable<string> heldCodes)
    {
        ArgumentNullException.ThrowIfNull(required);
        var held = heldCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. required.Where(g => !g.IsMetBy(held))];
    }

    public static IReadOnlyList<RequirementGroup> Unmet(
        IEnumerable<RequirementRule> rules, PersonRole role, long clinicId, IEnumerable<string> heldCodes) =>
        Unmet(Effective(rules, role, clinicId), heldCodes);
}
