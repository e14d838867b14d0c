namespace CmaRenewal.Core.Rules;

/// <summary>How an expiration date is derived from the date a cycle is anchored on.</summary>
public enum ExpiryAnchor
{
    /// <summary>Last day of the calendar month <c>Length</c> after the anchor month (AAMA: 60; AHA BLS: 24; AMT CE: 36).</summary>
    EndOfMonth,

    /// <summary>The same day <c>Length</c> later (NHA's fixed two-year cycle).</summary>
    SameDay,

    /// <summary>31 December of the year reached <c>Length</c> after the anchor (NCCT's recertification year).</summary>
    EndOfCalendarYear,

    /// <summary>The holder types the expiration date printed on their card; nothing is computed.</summary>
    ExactDate,
}

/// <summary>Where the next cycle starts when a renewal is recorded.</summary>
public enum Reanchor
{
    /// <summary>The new cycle is anchored on the renewal date (AAMA: "most recent recertification").</summary>
    RenewalDate,

    /// <summary>The new cycle follows on from the previous expiration (AMT rolls cycles; NHA extends).</summary>
    PreviousExpiration,
}

/// <summary>The renewal cycle of a credential: how long it is and what its expiration is anchored on.</summary>
public sealed record CycleRule(ExpiryAnchor Anchor, Period Length, Reanchor ReanchorOn, Provenance Provenance)
{
    /// <summary>Expiration of a cycle anchored on <paramref name="anchor"/> (the certification or renewal date).</summary>
    public DateOnly ExpiryFrom(DateOnly anchor) => ExpiryFrom(anchor, Length);

    /// <summary>
    /// Expiration reached <paramref name="elapsed"/> after <paramref name="anchor"/>, for cycles rolled on from one
    /// anchor: each end comes from the original anchor day, clamped per year, never from the previous clamped end. An
    /// NHA cycle anchored 29 February 2024 ends 2026-02-28, then 2028-02-29, not 2028-02-28.
    /// </summary>
    public DateOnly ExpiryFrom(DateOnly anchor, Period elapsed) => Anchor switch
    {
        ExpiryAnchor.EndOfMonth => EndOfMonth(elapsed.AddTo(anchor)),
        ExpiryAnchor.SameDay => elapsed.AddTo(anchor),
        ExpiryAnchor.EndOfCalendarYear => new DateOnly(elapsed.AddTo(anchor).Year, 12, 31),
        _ => throw new InvalidOperationException("An exact-date credential has no computed expiration; the holder enters it."),
    };

    public static DateOnly EndOfMonth(DateOnly date) =>
        new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
}
