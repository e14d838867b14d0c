namespace CmaRenewal.Core.Compliance;

/// <summary>
/// Converted CE (in the pack's unit) of one category — null when it has none or one the pack does not know,
/// which then only fills the flexible remainder — from approved or other providers. <see cref="Counted"/> is
/// what the allocation lets count.
/// </summary>
public sealed record CePool(string? Category, bool ApprovedProvider, decimal Available, decimal Counted);
