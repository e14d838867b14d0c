using CmaRenewal.Core.Fees;

namespace CmaRenewal.Core.Compliance;

/// <summary>The dated steps of a cycle, in date order.</summary>
public static class MilestonePlanner
{
    public static IReadOnlyList<Milestone> For(CycleWindow cycle, bool ceComplete, bool hasCe, FeeDue? fee, DateOnly asOf)
    {
        var list = new List<Milestone>();
        if (cycle.WindowOpens is { } opens) list.Add(new Milestone(MilestoneKind.RenewalWindowOpens, opens, asOf >= opens));
        if (hasCe) list.Add(new Milestone(MilestoneKind.CeCompleteBy, cycle.CeCompleteBy, ceComplete));
        if (fee is not null) list.Add(new Milestone(MilestoneKind.FeeDue, fee.DueOn, false));
        if (cycle.SubmitBy is { } submit) list.Add(new Milestone(MilestoneKind.SubmitBy, submit, false));
        list.Add(new Milestone(MilestoneKind.Expiration, cycle.Expires, false));
        if (cycle.HasGrace) list.Add(new Milestone(MilestoneKind.GraceEnds, cycle.GraceEnds, false));
        return [.. list.OrderBy(m => m.Date).ThenBy(m => m.Kind)];
    }
}
