namespace CmaRenewal.Core.Compliance;

/// <summary>One word for where a credential stands on the as-of date. Most severe first; the engine checks a held credential in this order, first match wins.</summary>
public enum CredentialStatus
{
    /// <summary>
    /// Not a credential on file but one that should be: the person's role requires a credential (or one of several)
    /// they do not hold. The most severe, because nothing about it is tracked at all.
    /// </summary>
    Missing,

    /// <summary>Past every grace window: CE can no longer renew it (exam, reinstatement or a new card is needed).</summary>
    Lapsed,

    /// <summary>Expired, but still recoverable by completing CE and renewing (AAMA: up to 90 days after expiry).</summary>
    InGrace,

    /// <summary>Not yet expired, but a deadline has passed unmet: a fee is unpaid after its due date, or CE is short after its complete-by date.</summary>
    Overdue,

    /// <summary>A requirement is unmet and its deadline is close: CE short within the due-soon horizon (90 days), a fee unpaid within its horizon (60 days), or a no-CE credential (BLS card) within 90 days of expiry.</summary>
    DueSoon,

    /// <summary>CE is short, the deadline is not close, but the pace so far projects a shortfall by the CE due date (judged once a quarter of the cycle has passed).</summary>
    AtRisk,

    /// <summary>CE is short, the deadline is not close, and the pace so far would finish in time.</summary>
    OnTrack,

    /// <summary>CE is complete for the cycle and no fee is due within its horizon; only the renewal itself remains.</summary>
    Compliant,
}
