using CmaRenewal.Core.Fees;

namespace CmaRenewal.Core.Compliance;

/// <summary>
/// Everything the engine decides about one credential on one date. <see cref="Progress"/> is null for credentials
/// with no CE (a BLS card); <see cref="Activities"/> is empty when the engine was given totals rather than activities.
/// </summary>
public sealed record ComplianceResult(
    long CredentialId,
    string PackCode,
    DateOnly AsOf,
    CredentialStatus Status,
    StatusCause Cause,
    CycleWindow Cycle,
    CeProgress? Progress,
    StillNeed StillNeed,
    FeeDue? Fee,
    IReadOnlyList<ActivityCount> Activities)
{
    /// <summary>
    /// The sentence saying why (<see cref="Cause"/> is the step that set <see cref="Status"/>), worded when read and in the
    /// reader's language: most results (a whole organisation's) are never read as sentences, and wording each took a
    /// fifth of the engine's time for the organisation.
    /// </summary>
    public string StatusReason => StatusJudge.Reason(this);

    /// <summary>
    /// The cycle's dated steps in date order, made from the result's own cycle, CE and fee each time they are read:
    /// kept on every result, they were a tenth of what a whole organisation's results hold, and most are never listed.
    /// </summary>
    public IReadOnlyList<Milestone> Milestones => MilestonePlanner.For(Cycle, StillNeed.IsNothing, Progress is not null, Fee, AsOf);

    public DateOnly? DateOf(MilestoneKind kind) => MilestonePlanner.DateOf(kind, Cycle, Progress is not null, Fee);
}

/// <summary>How much of one activity counts toward this credential's cycle, and why not all of it.</summary>
public sealed record ActivityCount(long ActivityId, decimal Worth, decimal Counted, string? NotCountedBecause);
