namespace CmaRenewal.Core.Rules;

/// <summary>
/// The units a CE amount can be printed in. Amounts are stored raw, in one of these, and converted per credential by
/// its pack, because the same certificate is worth different amounts to different bodies (an IACET CEU is 10 hours).
/// <see cref="Label"/> is the name people see (the CE form's list, the activity history); the CSV import takes it or the code.
/// </summary>
public static class Units
{
    public const string AamaCeu = "aama-ceu";
    public const string AmtPoint = "amt-point";
    public const string NhaCredit = "nha-credit";
    public const string ClockHour = "clock-hour";
    public const string ContactHour = "contact-hour";
    public const string IacetCeu = "iacet-ceu";
    public const string CollegeCredit = "college-credit";

    public static readonly IReadOnlyList<string> All =
        [AamaCeu, AmtPoint, NhaCredit, ClockHour, ContactHour, IacetCeu, CollegeCredit];

    public static bool IsKnown(string? unit) => unit is not null && All.Contains(unit, StringComparer.OrdinalIgnoreCase);

    /// <summary>The unit's name on screen: "AAMA CEU", "NHA credits", "clock hour".</summary>
    public static string Label(string unit) => (unit ?? "").Replace('-', ' ') switch
    {
        "aama ceu" => "AAMA CEU",
        "iacet ceu" => "IACET CEU",
        "amt point" => "AMT points",
        "nha credit" => "NHA credits",
        var other => other,
    };

    /// <summary>
    /// The unit a person means by <paramref name="text"/>: its code or its <see cref="Label"/>, in any case, singular
    /// or plural ("aama-ceu", "AAMA CEUs", "NHA credit"); null when it names none.
    /// </summary>
    public static string? Find(string? text)
    {
        var wanted = Loose(text);
        return wanted.Length == 0 ? null : All.FirstOrDefault(u => Loose(u) == wanted || Loose(Label(u)) == wanted);
    }

    // Lower case, words split by single spaces (a hyphen is a space), without a plural "s": "AAMA  CEUs" is "aama ceu".
    private static string Loose(string? text)
    {
        var words = string.Join(' ', (text ?? "").ToLowerInvariant().Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return words.EndsWith('s') ? words[..^1] : words;
    }
}
