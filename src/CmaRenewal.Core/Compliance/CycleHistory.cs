using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>
/// One cycle of a credential and how to put it to the engine: <see cref="Facts"/> is the credential's history as it
/// stood during that cycle (renewals up to its start), <see cref="AsOf"/> the day to judge it on. A past cycle is judged
/// on the day the renewal that closed it was recorded, or at the end of its earning window if that came first; the
/// current one on today. <see cref="ClosedBy"/> is that renewal's date (null for the current cycle).
/// </summary>
public sealed record CredentialCycle(CycleWindow Window, CredentialFacts Facts, DateOnly AsOf, DateOnly? ClosedBy)
{
    public bool IsCurrent => ClosedBy is null;

    /// <summary>
    /// Whether an activity claimed by the renewal recorded on <paramref name="claimedOn"/> was used before this cycle:
    /// the renewal that closes this cycle claims this cycle's CE, earlier ones claimed earlier CE.
    /// </summary>
    public bool ClaimedEarlier(DateOnly? claimedOn) => claimedOn is { } on && (ClosedBy is not { } closed || on < closed);
}

/// <summary>
/// A credential's cycles, oldest first, each as the engine saw it while it was current. Only the engine's
/// <see cref="ComplianceEngine.CycleOf"/> decides where a cycle starts and ends.
/// </summary>
public static class CycleHistory
{
    public static IReadOnlyList<CredentialCycle> Of(ComplianceEngine engine, CredentialFacts credential, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(credential);
        var current = engine.CycleOf(credential, today);
        var renewals = credential.Renewals.Where(r => r.RenewedOn <= today).OrderBy(r => r.RenewedOn).ToList();
        // A typed expiry replaces the computed one of the current cycle only, except where the pack computes none.
        var overrideAppliesToEveryCycle = current.Rules.Cycle.Anchor == ExpiryAnchor.ExactDate;
        var cycles = new List<CredentialCycle>(renewals.Count + 1);
        for (var k = 0; k < renewals.Count; k++)
        {
            var facts = credential with
            {
                Renewals = [.. renewals.Take(k)],
                ExpiresOnOverride = overrideAppliesToEveryCycle ? credential.ExpiresOnOverride : null,
            };
            var closedBy = renewals[k].RenewedOn;
            var window = engine.CycleOf(facts, closedBy);
            var asOf = closedBy < window.EarnThrough ? closedBy : window.EarnThrough;
            cycles.Add(new CredentialCycle(window, facts, asOf, closedBy));
        }
        cycles.Add(new CredentialCycle(current, credential, today, null));
        return cycles;
    }

    /// <summary>The cycle that starts on <paramref name="start"/>, or the current one when null; null when there is none.</summary>
    public static CredentialCycle? Find(IReadOnlyList<CredentialCycle> cycles, DateOnly? start)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        return start is { } s ? cycles.FirstOrDefault(c => c.Window.Start == s) : cycles[^1];
    }
}
