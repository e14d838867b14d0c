using CmaRenewal.Core.Rules;

namespace CmaRenewal.Application.Administration;

/// <summary>The new version an override makes, with its JSON, or why it cannot be saved.</summary>
public sealed record OverrideCheckResult(string? Error, RulePackVersion? Version, string? Json);

/// <summary>
/// Everything that decides whether an override may be saved, without a database: the form's own rules (reason,
/// date, a source for "verified"), then the pack with the new version read by <see cref="RulePackReader"/>.
/// </summary>
public static class OverrideCheck
{
    public static OverrideCheckResult Run(RulePack shipped, IReadOnlyList<string> savedJsons, OverrideDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (string.IsNullOrWhiteSpace(draft.Reason)) return Fail("Say why the rule changes: the reason is required.");
        if (draft.Reason.Trim().Length > RulePackOverride.ReasonMaxLength)
            return Fail($"The reason is longer than {RulePackOverride.ReasonMaxLength} characters.");
        if (draft.EffectiveFrom is null) return Fail("Choose the date the new rule takes effect.");
        if (draft.Verified && string.IsNullOrWhiteSpace(draft.SourceUrl))
            return Fail("A rule can only be marked verified with the address of the page that says so.");
        try
        {
            var latest = RulePackOverlay.Apply(shipped, savedJsons).Latest;
            var from = DateOnly.FromDateTime(draft.EffectiveFrom.Value);
            if (from <= latest.EffectiveFrom)
                return Fail($"The new version must take effect after {latest.EffectiveFrom:yyyy-MM-dd}, when version {latest.Version} did.");
            var (json, pack) = RuleEditor.Draft(shipped, savedJsons, draft.ToEdit(today));
            return new OverrideCheckResult(null, pack.Latest, json);
        }
        catch (RulePackException ex)
        {
            // The field path inside the pack ("versions[2].ce.total") reads better without the version index.
            return Fail($"{ex.Field[(ex.Field.IndexOf('.', StringComparison.Ordinal) + 1)..]}: {ex.Problem}");
        }
    }

    private static OverrideCheckResult Fail(string error) => new(error, null, null);
}
