namespace CmaRenewal.Core.Compliance;

/// <summary>
/// Our policy, not a certifying body's rule: how many days before expiry CE should be complete and the renewal
/// application submitted, where the body processes an application before it renews (see
/// <see cref="Rules.RenewalRule.ProcessingTime"/>; AAMA reviews non-AAMA CE for up to 30 days). The organisation sets a
/// default (<c>Policies:CeLeadTimeDays</c>) and a clinic may set its own.
/// </summary>
public static class LeadTime
{
    public const int DefaultDays = 30;

    /// <summary>A year: anything longer would put CE due in an earlier cycle of the yearly credentials.</summary>
    public const int MaxDays = 365;

    public static bool IsValid(int days) => days is >= 0 and <= MaxDays;

    /// <summary>The clinic's lead time when it set one, else the organisation's.</summary>
    public static int For(int organisationDays, int? clinicDays) => clinicDays ?? organisationDays;
}
