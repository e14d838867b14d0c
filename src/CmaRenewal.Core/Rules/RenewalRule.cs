namespace CmaRenewal.Core.Rules;

/// <summary>
/// The body's deadlines before expiration. <see cref="ProcessingTime"/> is set where the body processes a renewal
/// application before it renews (AAMA: non-AAMA CE takes up to 30 days by mail). How long before expiry to finish CE
/// and submit is then our policy (<c>Compliance.LeadTime</c>), not a rule, and <see cref="CeCompleteBeforeExpiry"/>
/// is not used.
/// </summary>
public sealed record RenewalRule(
    Period? WindowOpensBeforeExpiry,
    Period CeCompleteBeforeExpiry,
    Period? ProcessingTime,
    Provenance Provenance);

/// <summary>
/// What happens after expiration. During <see cref="LateCeGrace"/> the credential is expired but can still be
/// renewed with CE (AAMA: 90 days); after it, the holder must re-examine or reinstate (<see cref="AfterGrace"/>).
/// </summary>
public sealed record LapseRule(Period LateCeGrace, string AfterGrace, Provenance Provenance);

/// <summary>
/// Which CE dates count toward a cycle: inside the cycle, optionally reaching back whole calendar years (NCCT accepts
/// the year before the recertification year). Carry-over false: an activity used for one renewal never counts again.
/// </summary>
public sealed record EarningWindowRule(int PriorCalendarYears, bool CarryOver, bool CountsDuringGrace, Provenance Provenance);

/// <summary>Days before a milestone on which reminders go out (CE due, fee due, expiration).</summary>
public sealed record ReminderRule(
    IReadOnlyList<int> CeDaysBefore,
    IReadOnlyList<int> FeeDaysBefore,
    IReadOnlyList<int> ExpirationDaysBefore);
