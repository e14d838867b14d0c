namespace CmaRenewal.Core.ContinuingEducation;

/// <summary>
/// A CE activity as printed on its certificate: raw amount and unit, split across categories where the course
/// covered several. <paramref name="ClaimedByEarlierRenewal"/> is set when this activity was already used for an
/// earlier renewal of the same credential, so it never carries over.
/// </summary>
public sealed record ActivityFacts(
    long Id,
    DateOnly CompletedOn,
    string Unit,
    IReadOnlyList<CategoryShare> Shares,
    bool ApprovedProvider,
    string Kind = ActivityKinds.Course,
    bool ClaimedByEarlierRenewal = false)
{
    public decimal Amount => Shares.Sum(s => s.Amount);

    public static ActivityFacts InOneCategory(long id, DateOnly completedOn, decimal amount, string unit, string? category,
        bool approvedProvider, string kind = ActivityKinds.Course) =>
        new(id, completedOn, unit, [new CategoryShare(category, amount)], approvedProvider, kind);
}

/// <summary>The part of an activity's raw amount that belongs to one category (null: no category).</summary>
public sealed record CategoryShare(string? Category, decimal Amount);

/// <summary>
/// Pre-summed CE for one credential's earning window, as a SQL aggregate returns it: the engine decides on these
/// without loading every row.
/// </summary>
public sealed record CeTotal(string Unit, string? Category, bool ApprovedProvider, string Kind, decimal Amount, int Count);

public static class ActivityKinds
{
    public const string Course = "course";
    public const string CprCard = "cpr-card";
}
