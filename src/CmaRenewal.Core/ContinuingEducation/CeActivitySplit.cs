namespace CmaRenewal.Core.ContinuingEducation;

/// <summary>One category's share of a split activity; exists only while the activity is split.</summary>
public sealed class CeActivitySplit
{
    // For EF Core.
    private CeActivitySplit()
    {
        Category = "";
    }

    internal CeActivitySplit(string category, long amountHundredths)
    {
        Category = category;
        AmountHundredths = amountHundredths;
    }

    public long Id { get; private set; }
    public long ActivityId { get; private set; }
    public string Category { get; private set; }
    public long AmountHundredths { get; private set; }
}
