using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Fees;

/// <summary>The next fee not covered by a payment, for the cycle a credential is in.</summary>
public static class FeeCalculator
{
    public static FeeDue? NextUnpaid(CycleWindow cycle, CredentialFacts credential, IEnumerable<FeePaymentFacts> payments, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(payments);
        DateOnly? paidThrough = null;
        foreach (var payment in payments)
            if (paidThrough is null || payment.PaidThrough > paidThrough) paidThrough = payment.PaidThrough;
        FeeDue? earliest = null;
        foreach (var fee in cycle.Rules.Fees)
        {
            var due = FirstUncovered(fee, cycle, credential, paidThrough);
            if (due is null) continue;
            var candidate = new FeeDue(fee.Kind, due.Value, fee.Amount, fee.AmountNonMember, fee.Currency, due.Value < asOf, fee.Provenance);
            if (earliest is null || candidate.DueOn < earliest.DueOn) earliest = candidate;
        }
        return earliest;
    }

    // A fee due on D is covered when some payment runs past D. Yearly fees before the cycle started are taken as
    // settled: a cycle only rolls over once fees are paid.
    private static DateOnly? FirstUncovered(FeeRule fee, CycleWindow cycle, CredentialFacts credential, DateOnly? paidThrough)
    {
        var from = paidThrough is { } p && p > cycle.Start ? p : cycle.Start;
        switch (fee.Schedule)
        {
            case FeeSchedule.PerCycle:
                var due = cycle.SubmitBy ?? cycle.Expires;
                return paidThrough > due ? null : due;
            case FeeSchedule.AnniversaryMonth:
                for (var year = 1; year < 200; year++)
                {
                    var anniversary = CycleRule.EndOfMonth(credential.CertifiedOn.AddMonths(12 * year));
                    if (anniversary >= from) return anniversary;
                }
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(fee), fee.Schedule, "Unknown fee schedule.");
        }
    }
}

/// <summary>A fee that is not yet covered by a payment.</summary>
public sealed record FeeDue(
    string Kind,
    DateOnly DueOn,
    decimal? Amount,
    decimal? AmountNonMember,
    string Currency,
    bool IsOverdue,
    Provenance Provenance);
