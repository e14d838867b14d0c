namespace CmaRenewal.Core.Rules;

/// <summary>A category with a minimum amount in the pack's unit (AAMA: 10 administrative).</summary>
public sealed record CategoryRule(string Code, string Name, decimal Minimum);

/// <summary>
/// Approved-provider minimum: at least <see cref="Minimum"/> of the total must come from approved providers, so at
/// most total − minimum non-approved amount counts (AAMA: 30 of 60).
/// </summary>
public sealed record ApprovedProviderRule(string Label, decimal Minimum, Provenance Provenance);

/// <summary>How many of the pack's units one unit as printed on a certificate is worth.</summary>
public sealed record UnitConversion(string Unit, decimal Factor, Provenance Provenance);

/// <summary>
/// A kind of activity with a fixed worth and a count cap (AAMA: a CPR card is 4 clinical points, at most 3 cards).
/// <see cref="Accepted"/> false means this kind never counts (NCCT does not accept CPR cards).
/// </summary>
public sealed record ActivityKindRule(
    string Kind,
    bool Accepted,
    decimal? AmountEach,
    string? Category,
    int? MaxCount,
    Provenance Provenance);

/// <summary>The CE a holder must earn in each cycle.</summary>
public sealed record CeRequirement(
    decimal Total,
    string UnitName,
    IReadOnlyList<CategoryRule> Categories,
    ApprovedProviderRule? ApprovedProvider,
    IReadOnlyList<UnitConversion> Conversions,
    IReadOnlyList<ActivityKindRule> ActivityKinds,
    Provenance Provenance)
{
    /// <summary>What is left after the category minimums; earned in any category (AAMA: 30).</summary>
    public decimal FlexibleRemainder => Total - Categories.Sum(c => c.Minimum);

    public decimal? NonApprovedMaximum => ApprovedProvider is null ? null : Total - ApprovedProvider.Minimum;

    // Indexed loops, not foreach over the interface (an enumerator allocated per call): these run for every CE total of every credential evaluated, and the lists hold a handful of items.
    public UnitConversion? ConversionFor(string unit)
    {
        for (var i = 0; i < Conversions.Count; i++)
        {
            if (string.Equals(Conversions[i].Unit, unit, StringComparison.OrdinalIgnoreCase)) return Conversions[i];
        }
        return null;
    }

    public ActivityKindRule? KindRuleFor(string kind)
    {
        for (var i = 0; i < ActivityKinds.Count; i++)
        {
            if (string.Equals(ActivityKinds[i].Kind, kind, StringComparison.OrdinalIgnoreCase)) return ActivityKinds[i];
        }
        return null;
    }

    public bool HasCategory(string? code) =>
        code is not null && Categories.Any(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
