using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>
/// The cycle a credential is in on the as-of date, judged by the rule version in force when the cycle started.
/// CE completed from <see cref="EarnFrom"/> through <see cref="EarnThrough"/> (both inclusive) can count.
/// </summary>
public sealed record CycleWindow(
    int Number,
    DateOnly Start,
    DateOnly Expires,
    DateOnly GraceEnds,
    DateOnly EarnFrom,
    DateOnly EarnThrough,
    RulePackVersion Rules)
{
    /// <summary>The lead time in force for this credential (a policy, see <see cref="LeadTime"/>); the engine sets it.</summary>
    public int LeadTimeDays { get; init; } = LeadTime.DefaultDays;

    /// <summary>Whether the body processes a renewal application before it renews, so our lead time applies.</summary>
    public bool HasApplication => Rules.Renewal.ProcessingTime is not null;

    /// <summary>CE due: the lead time before expiry where the body processes an application, else the body's own date.</summary>
    public DateOnly CeCompleteBy => HasApplication ? Expires.AddDays(-LeadTimeDays) : Rules.Renewal.CeCompleteBeforeExpiry.SubtractFrom(Expires);

    public DateOnly? SubmitBy => HasApplication ? Expires.AddDays(-LeadTimeDays) : null;

    public DateOnly? WindowOpens => Rules.Renewal.WindowOpensBeforeExpiry?.SubtractFrom(Expires);

    public bool HasGrace => GraceEnds > Expires;

    public bool Contains(DateOnly activityDate) => activityDate >= EarnFrom && activityDate <= EarnThrough;
}
