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
    public DateOnly CeCompleteBy { get; } = Rules.Renewal.CeCompleteBeforeExpiry.SubtractFrom(Expires);

    public DateOnly? SubmitBy { get; } = Rules.Renewal.SubmitBeforeExpiry?.SubtractFrom(Expires);

    public DateOnly? WindowOpens { get; } = Rules.Renewal.WindowOpensBeforeExpiry?.SubtractFrom(Expires);

    public bool HasGrace => GraceEnds > Expires;

    public bool Contains(DateOnly activityDate) => activityDate >= EarnFrom && activityDate <= EarnThrough;
}
