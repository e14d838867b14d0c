namespace CmaRenewal.Core.ContinuingEducation;

/// <summary>
/// The names people read for the unit codes printed on certificates ("nha-credit" is "NHA credits"): the CE form, the
/// activity history and the transcript PDF all say the same; an unknown code is shown with spaces for its dashes.
/// </summary>
public static class CeUnitNames
{
    public static string Of(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Replace('-', ' ') switch
        {
            "aama ceu" => "AAMA CEU",
            "iacet ceu" => "IACET CEU",
            "amt point" => "AMT points",
            "nha credit" => "NHA credits",
            "clock hour" => "clock hours",
            "contact hour" => "contact hours",
            "college credit" => "college credits",
            var other => other,
        };
    }
}
