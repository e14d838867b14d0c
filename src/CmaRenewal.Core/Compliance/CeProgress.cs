namespace CmaRenewal.Core.Compliance;

/// <summary>Counted CE against each requirement of the cycle, in the pack's unit.</summary>
public sealed record CeProgress(
    string UnitName,
    RequirementProgress Total,
    IReadOnlyList<CategoryProgress> Categories,
    RequirementProgress? Approved,
    string? ApprovedLabel)
{
    public decimal Fraction => Total.Required == 0m ? 1m : Math.Min(1m, Total.Counted / Total.Required);
}

public sealed record RequirementProgress(decimal Required, decimal Counted)
{
    public decimal Remaining => Math.Max(0m, Required - Counted);

    public bool IsMet => Counted >= Required;
}

public sealed record CategoryProgress(string Code, string Name, decimal Minimum, decimal Counted)
{
    public decimal Remaining => Math.Max(0m, Minimum - Counted);
}
