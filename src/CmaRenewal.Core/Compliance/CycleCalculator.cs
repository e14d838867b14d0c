using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>Finds the cycle a credential is in on a date, from its certification and renewal history.</summary>
public static class CycleCalculator
{
    public static CycleWindow Current(RulePack pack, CredentialFacts credential, DateOnly asOf)
    {
        var start = credential.CertifiedOn;
        var rules = pack.VersionFor(start);
        var expires = ComputedExpiry(rules, start, credential);
        var number = 1;

        foreach (var renewal in credential.Renewals.Where(r => r.RenewedOn <= asOf).OrderBy(r => r.RenewedOn))
        {
            var graceEnds = rules.Lapse.LateCeGrace.AddTo(expires);
            var followsOn = rules.Cycle.ReanchorOn == Reanchor.PreviousExpiration
                && rules.Cycle.Anchor != ExpiryAnchor.ExactDate
                && renewal.RenewedOn <= graceEnds; // a renewal after lapse is a reinstatement: it anchors afresh
            if (followsOn)
            {
                start = expires.AddDays(1);
                rules = pack.VersionFor(start);
                expires = rules.Cycle.ExpiryAfter(expires);
            }
            else
            {
                start = renewal.RenewedOn;
                rules = pack.VersionFor(start);
                expires = ComputedExpiry(rules, start, credential);
            }
            number++;
        }

        if (credential.ExpiresOnOverride is { } overridden) expires = overridden;
        return Window(number, start, expires, rules);
    }

    private static DateOnly ComputedExpiry(RulePackVersion rules, DateOnly anchor, CredentialFacts credential) =>
        rules.Cycle.Anchor == ExpiryAnchor.ExactDate
            ? credential.ExpiresOnOverride ?? throw new ArgumentException(
                $"Credential {credential.Id} ({credential.PackCode}) needs its expiration date typed in: the pack has no computed expiry.",
                nameof(credential))
            : rules.Cycle.ExpiryFrom(anchor);

    private static CycleWindow Window(int number, DateOnly start, DateOnly expires, RulePackVersion rules)
    {
        var graceEnds = rules.Lapse.LateCeGrace.AddTo(expires);
        var window = rules.EarningWindow;
        var earnFrom = window.PriorCalendarYears > 0
            ? Min(start, new DateOnly(expires.Year - window.PriorCalendarYears, 1, 1))
            : start;
        var earnThrough = window.CountsDuringGrace ? graceEnds : expires;
        return new CycleWindow(number, start, expires, graceEnds, earnFrom, earnThrough, rules);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
