namespace CmaRenewal.Core.Rules;

/// <summary>
/// Deadlines before expiration. <see cref="SubmitBeforeExpiry"/> exists where processing time matters (AAMA mails
/// non-AAMA CE in 30 days), and CE must then be complete by the same date.
/// </summary>
public sealed record RenewalRule(
    Period? WindowOpensBeforeExpiry,
    Period CeCompleteBeforeExpiry,
    Period? SubmitBeforeExpiry,
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
