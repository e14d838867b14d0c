namespace CmaRenewal.Core.ContinuingEducation;

/// <summary>
/// What a CE certificate says, as typed in: the amount raw (×100, as printed) in the unit printed, so each
/// credential's pack can convert it its own way. <paramref name="Category"/> is null when none applies.
/// </summary>
public sealed record CeActivityDetails(
    DateOnly CompletedOn,
    string Title,
    string Provider,
    long AmountHundredths,
    string Unit,
    string? Category,
    bool IsApprovedProvider,
    string Kind = ActivityKinds.Course,
    string? ApprovalNumber = null);

/// <summary>The part of a split activity's amount (×100) that belongs to one category.</summary>
public sealed record SplitShare(string Category, long AmountHundredths);
