using System.Text.RegularExpressions;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Rules;
using CmaRenewal.Core.Rules.Custom;

namespace CmaRenewal.Application.CredentialTypes;

/// <summary>The version a draft makes, with its JSON, or each field's problem.</summary>
public sealed record CustomTypeCheckResult(IReadOnlyDictionary<string, string> Errors, RulePackVersion? Version, string? Json);

/// <summary>
/// Everything that decides whether a custom type's version may be saved, without a database: the form's own rules
/// (codes, lengths, the date an edit takes effect), then the pack with the new version, read by
/// <see cref="RulePackReader"/> like a shipped file; its complaint is put on the form field it is about.
/// </summary>
public static partial class CustomTypeCheck
{
    private static readonly AppText Text = new(typeof(CustomTypeCheck));

    public const int MaxCycleMonths = 600;

    public static CustomTypeCheckResult Run(IReadOnlyList<CustomCredentialType> saved, CustomTypeDraft draft, DateOnly effectiveFrom)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string>();
        if (!CodePart().IsMatch(draft.Credential.Trim())) errors[nameof(draft.Credential)] = Text["CodeShape"];
        if (!CodePart().IsMatch(draft.Body.Trim())) errors[nameof(draft.Body)] = Text["BodyShape"];
        if (draft.Name.Trim().Length > CustomCredentialType.TitleMaxLength)
            errors[nameof(draft.Name)] = Text.Format("NameTooLong", CustomCredentialType.TitleMaxLength);
        if (draft.CycleMonths is < 1 or > MaxCycleMonths) errors[nameof(draft.CycleMonths)] = Text.Format("CycleRange", MaxCycleMonths);
        if (draft.Reason.Trim().Length > RulePackOverride.ReasonMaxLength)
            errors[nameof(draft.Reason)] = Text.Format("ReasonTooLong", RulePackOverride.ReasonMaxLength);
        if (saved.Count > 0 && effectiveFrom <= saved[^1].EffectiveFrom)
            errors[nameof(draft.EffectiveFrom)] =
                Text.Format("EffectiveAfter", saved[^1].EffectiveFrom, saved[^1].Version);
        if (errors.Count > 0) return new CustomTypeCheckResult(errors, null, null);
        try
        {
            var (json, pack) = CustomTypePacks.Draft(saved, draft.ToDefinition(), effectiveFrom);
            return new CustomTypeCheckResult(errors, pack.Latest, json);
        }
        catch (RulePackException ex)
        {
            var (field, label) = FieldOf(ex.Field);
            return new CustomTypeCheckResult(new Dictionary<string, string> { [field] = Text.Format("FieldProblem", label, Problem(ex.Problem)) }, null, null);
        }
    }

    // The reader names a path in the pack file ("versions[1].ce.conversions[0].unit"); the form names its own fields.
    private static (string Field, string Label) FieldOf(string path) => path switch
    {
        "title" => (nameof(CustomTypeDraft.Name), Text["LabelName"]),
        "code" or "credential" => (nameof(CustomTypeDraft.Credential), Text["LabelCredential"]),
        "body" => (nameof(CustomTypeDraft.Body), Text["LabelBody"]),
        _ when path.Contains(".cycle.length", StringComparison.Ordinal) => (nameof(CustomTypeDraft.CycleMonths), Text["LabelCycleMonths"]),
        _ when path.Contains(".cycle", StringComparison.Ordinal) => (nameof(CustomTypeDraft.Anchor), Text["LabelAnchor"]),
        _ when path.Contains(".ce.conversions", StringComparison.Ordinal) || path.EndsWith(".ce.unitName", StringComparison.Ordinal) =>
            (nameof(CustomTypeDraft.CeUnit), Text["LabelCeUnit"]),
        _ when path.Contains(".ce", StringComparison.Ordinal) => (nameof(CustomTypeDraft.CeTotal), Text["LabelCeTotal"]),
        _ when path.Contains(".fees", StringComparison.Ordinal) => (nameof(CustomTypeDraft.FeeAmount), Text["LabelFee"]),
        _ when path.Contains("effectiveFrom", StringComparison.Ordinal) => (nameof(CustomTypeDraft.EffectiveFrom), Text["LabelEffectiveFrom"]),
        _ => ("Definition", path),
    };

    // The pack reader's complaints are English (they are about pack files); the ones a form can cause read in the
    // reader's language. Another one (a pack file's own problem) is shown as the reader wrote it.
    private static readonly Dictionary<string, string> Problems = new(StringComparer.Ordinal)
    {
        ["must not be negative."] = "ProblemNegative",
        ["must be positive."] = "ProblemNotPositive",
        ["must be 1 or more."] = "ProblemAtLeastOne",
        ["is more than the CE total."] = "ProblemOverTotal",
        ["the category minimums add up to more than the total."] = "ProblemMinimumsOverTotal",
        ["a computed cycle needs a length."] = "ProblemNoLength",
        ["at least one accepted unit is required."] = "ProblemNoUnit",
        ["must be a three-letter ISO code such as USD."] = "ProblemCurrency",
    };

    private static string Problem(string problem) => Problems.TryGetValue(problem, out var key) ? Text[key] : problem;

    [GeneratedRegex("^[A-Za-z0-9]{1,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePart();
}
