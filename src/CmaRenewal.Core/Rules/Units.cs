namespace CmaRenewal.Core.Rules;

/// <summary>
/// The units a CE amount can be printed in. Amounts are stored raw, in one of these, and converted per credential by
/// its pack, because the same certificate is worth different amounts to different bodies (an IACET CEU is 10 hours).
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

    /// <summary>A unit as the forms show it ("NHA credits", "clock hour").</summary>
    public static string Label(string unit) => (unit ?? "").Replace('-', ' ') switch
    {
        "aama ceu" => "AAMA CEU",
        "iacet ceu" => "IACET CEU",
        "amt point" => "AMT points",
        "nha credit" => "NHA credits",
        var other => other,
    };
}
