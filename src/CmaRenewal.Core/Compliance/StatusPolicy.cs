namespace CmaRenewal.Core.Compliance;

/// <summary>
/// Product thresholds for statuses; not credential rules, so they live here rather than in rule packs.
/// </summary>
/// <param name="DueSoonDays">CE or expiry within this many days makes a short credential <see cref="CredentialStatus.DueSoon"/>.</param>
/// <param name="FeeDueSoonDays">An unpaid fee within this many days makes it <see cref="CredentialStatus.DueSoon"/>.</param>
/// <param name="PaceJudgedFromFraction">Pace is not judged before this share of the cycle has passed (too early to tell).</param>
/// <param name="CeLeadTimeDays">The organisation's <see cref="LeadTime"/>; a clinic's own value comes with each credential.</param>
public sealed record StatusPolicy(
    int DueSoonDays = 90, int FeeDueSoonDays = 60, decimal PaceJudgedFromFraction = 0.25m, int CeLeadTimeDays = LeadTime.DefaultDays)
{
    public static readonly StatusPolicy Default = new();
}
