using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Application.Compliance;

/// <summary>
/// A CE unit's name in the reader's language. Core's <see cref="Units.Label"/> stays the English name (and what the
/// CSV import matches); this is what pages, previews and problems show. English reads exactly as Units.Label.
/// </summary>
public static class UnitWording
{
    private static readonly AppText Text = new(typeof(UnitWording));

    /// <summary>The unit as a list names it: "AAMA CEU", "créditos NHA". An unknown unit reads as written.</summary>
    public static string Label(string unit) => Key(unit) is { } key ? Text[key] : Units.Label(unit);

    /// <summary>The unit after an amount, singular for exactly one where the language has it: "1 crédito NHA".</summary>
    public static string Label(string unit, decimal amount) =>
        Key(unit) is { } key ? Text[amount == 1m ? key + "One" : key] : Units.Label(unit);

    // "nha-credit" is the key NhaCredit.
    private static string? Key(string unit) => Units.IsKnown(unit)
        ? string.Concat(unit.ToLowerInvariant().Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
        : null;
}
