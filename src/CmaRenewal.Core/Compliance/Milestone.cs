namespace CmaRenewal.Core.Compliance;

public enum MilestoneKind
{
    RenewalWindowOpens,
    CeCompleteBy,
    FeeDue,
    SubmitBy,
    Expiration,
    GraceEnds,
}

/// <summary>A dated step in a credential's cycle. <see cref="Done"/> when the step no longer needs action.</summary>
public sealed record Milestone(MilestoneKind Kind, DateOnly Date, bool Done);
