namespace CmaRenewal.Infrastructure.Compliance.Totals;

/// <summary>
/// One group of a credential's CE inside the window its <see cref="CeTotalsStamp"/> names, summed as
/// <see cref="CeTotalsQuery"/> sums it. Kept on write; trusted only while the stamp exists and matches the reader's window.
/// </summary>
public sealed class StoredCeTotal
{
    /// <summary>Stored for activities without a category: a key column cannot hold null.</summary>
    public const string NoCategory = "";

    public long CredentialId { get; init; }
    public string Unit { get; init; } = "";
    public string Category { get; init; } = NoCategory;
    public bool ApprovedProvider { get; init; }
    public string Kind { get; init; } = "";
    public long AmountHundredths { get; init; }
    public int Count { get; init; }
}
