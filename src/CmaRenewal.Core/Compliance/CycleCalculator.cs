using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>
/// Finds the cycle a credential is in on a date, from its certification and renewal history. Two guarantees hold for
/// every pack (docs/rules.md, "Cycles"): a recorded renewal always leaves the credential in force on the renewal date,
/// and no CE dated before the certification date ever counts.
/// </summary>
public static class CycleCalculator
{
    public static CycleWindow Current(RulePack pack, CredentialFacts credential, DateOnly asOf)
    {
        var start = credential.CertifiedOn;
        var rules = pack.VersionFor(start);
        var anchor = start;
        var elapsed = rules.Cycle.Length;
        var expires = ComputedExpiry(rules, anchor, elapsed, credential);
        var number = 1;

        foreach (var renewal in credential.Renewals.Where(r => r.RenewedOn <= asOf).OrderBy(r => r.RenewedOn))
        {
            var graceEnds = rules.Lapse.LateCeGrace.AddTo(expires);
            var followsOn = rules.Cycle.ReanchorOn == Reanchor.PreviousExpiration
                && rules.Cycle.Anchor != ExpiryAnchor.ExactDate
                && renewal.RenewedOn <= graceEnds; // a renewal after lapse is a reinstatement: it anchors afresh
            if (followsOn)
            {
                // Cycles roll on from the same anchor. A renewal recorded after the expiry (NCCT: while inactive)
                // renews the cycle it falls in, not the one that already ended.
                do
                {
                    start = expires.AddDays(1);
                    rules = pack.VersionFor(start);
                    elapsed = elapsed.Plus(rules.Cycle.Length);
                    expires = rules.Cycle.ExpiryFrom(anchor, elapsed);
                }
                while (expires < renewal.RenewedOn);
            }
            else
            {
                start = anchor = renewal.RenewedOn;
                rules = pack.VersionFor(start);
                elapsed = rules.Cycle.Length;
                expires = ComputedExpiry(rules, anchor, elapsed, credential);
            }
            number++;
        }

        if (credential.ExpiresOnOverride is { } overridden) expires = overridden;
        return Window(number, start, expires, rules, credential.CertifiedOn);
    }

    private static DateOnly ComputedExpiry(RulePackVersion rules, DateOnly anchor, Period elapsed, CredentialFacts credential) =>
        rules.Cycle.Anchor == ExpiryAnchor.ExactDate
            ? credential.ExpiresOnOverride ?? throw new ArgumentException(
                $"Credential {credential.Id} ({credential.PackCode}) needs its expiration date typed in: the pack has no computed expiry.",
                nameof(credential))
            : rules.Cycle.ExpiryFrom(anchor, elapsed);

    private static CycleWindow Window(int number, DateOnly start, DateOnly expires, RulePackVersion rules, DateOnly certifiedOn)
    {
        var graceEnds = rules.Lapse.LateCeGrace.AddTo(expires);
        var window = rules.EarningWindow;
        var earnFrom = window.PriorCalendarYears > 0
            ? Min(start, new DateOnly(expires.Year - window.PriorCalendarYears, 1, 1))
            : start;
        // No body counts CE earned before the holder was certified, however far back a pack's window reaches.
        if (earnFrom < certifiedOn) earnFrom = certifiedOn;
        var earnThrough = window.CountsDuringGrace ? graceEnds : expires;
        return new CycleWindow(number, start, expires, graceEnds, earnFrom, earnThrough, rules);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
