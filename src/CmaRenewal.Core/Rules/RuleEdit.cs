namespace CmaRenewal.Core.Rules;

/// <summary>
/// An admin's change to the latest version of a pack, as typed: values stay raw (a grace period is text such as
/// "P90D") so that <see cref="RulePackReader"/> judges them and names the field when one is wrong.
/// Null or missing entries keep the latest version's value.
/// </summary>
public sealed record RuleEdit(
    DateOnly EffectiveFrom,
    string Reason,
    string? SourceUrl,
    bool Verified,
    DateOnly CheckedOn,
    decimal? CeTotal = null,
    IReadOnlyDictionary<string, decimal>? CategoryMinimums = null,
    decimal? ApprovedMinimum = null,
    IReadOnlyDictionary<string, decimal?>? FeeAmounts = null,
    string? LateCeGrace = null,
    IReadOnlyDictionary<string, decimal>? ConversionFactors = null)
{
    /// <summary>Verified only when the admin cites where it says so.</summary>
    public string Confidence => Verified && !string.IsNullOrWhiteSpace(SourceUrl) ? "verified" : "unverified";
}
