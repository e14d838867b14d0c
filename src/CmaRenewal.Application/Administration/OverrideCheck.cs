using CmaRenewal.Application.Localization;
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
    private static readonly AppText Text = new(typeof(OverrideCheck));

    public static OverrideCheckResult Run(RulePack shipped, IReadOnlyList<string> savedJsons, OverrideDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (string.IsNullOrWhiteSpace(draft.Reason)) return Fail(Text["SayWhy"]);
        if (draft.Reason.Trim().Length > RulePackOverride.ReasonMaxLength)
            return Fail(Text.Format("ReasonTooLong", RulePackOverride.ReasonMaxLength));
        if (draft.EffectiveFrom is null) return Fail(Text["ChooseEffective"]);
        if (draft.Verified && string.IsNullOrWhiteSpace(draft.SourceUrl))
            return Fail(Text["VerifiedNeedsSource"]);
        try
        {
            var latest = RulePackOverlay.Apply(shipped, savedJsons).Latest;
            var from = DateOnly.FromDateTime(draft.EffectiveFrom.Value);
            if (from <= latest.EffectiveFrom)
                return Fail(Text.Format("EffectiveAfter", latest.EffectiveFrom, latest.Version));
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
