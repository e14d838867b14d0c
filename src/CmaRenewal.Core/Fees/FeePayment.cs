using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.Fees;

/// <summary>A fee paid for a credential (NHA's yearly fee, AMT's annual dues), in whole cents.</summary>
public sealed class FeePayment
{
    public const int CurrencyLength = 3;

    // For EF Core.
    private FeePayment()
    {
        Currency = "";
    }

    public FeePayment(long credentialId, DateOnly paidOn, DateOnly paidThrough, long amountCents, string currency = "USD")
    {
        CredentialId = Require.Id(credentialId, nameof(credentialId));
        PaidOn = paidOn;
        PaidThrough = paidThrough;
        AmountCents = amountCents >= 0
            ? amountCents
            : throw new ArgumentOutOfRangeException(nameof(amountCents), amountCents, "A payment cannot be negative.");
        Currency = CurrencyCode(currency);
    }

    public long Id { get; private set; }
    public long CredentialId { get; private set; }
    public DateOnly PaidOn { get; private set; }

    /// <summary>The day the payment covers up to; see <see cref="FeePaymentFacts"/>.</summary>
    public DateOnly PaidThrough { get; private set; }

    public long AmountCents { get; private set; }

    /// <summary>ISO 4217 code, upper-case.</summary>
    public string Currency { get; private set; }

    public FeePaymentFacts ToFacts() => new(PaidOn, PaidThrough, AmountCents / 100m);

    private static string CurrencyCode(string? currency)
    {
        var text = Require.Text(currency, CurrencyLength, nameof(currency)).ToUpperInvariant();
        return text.Length == CurrencyLength && text.All(char.IsAsciiLetterUpper)
            ? text
            : throw new ArgumentException($"'{currency}' is not a three-letter currency code.", nameof(currency));
    }
}
