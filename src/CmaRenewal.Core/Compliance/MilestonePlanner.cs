using CmaRenewal.Core.Fees;

namespace CmaRenewal.Core.Compliance;

/// <summary>The dated steps of a cycle, in date order.</summary>
public static class MilestonePlanner
{
    public static IReadOnlyList<Milestone> For(CycleWindow cycle, bool ceComplete, bool hasCe, FeeDue? fee, DateOnly asOf)
    {
        var list = new List<Milestone>(6);
        if (cycle.WindowOpens is { } opens) list.Add(new Milestone(MilestoneKind.RenewalWindowOpens, opens, asOf >= opens));
        if (hasCe) list.Add(new Milestone(MilestoneKind.CeCompleteBy, cycle.CeCompleteBy, ceComplete));
        if (fee is not null) list.Add(new Milestone(MilestoneKind.FeeDue, fee.DueOn, false));
        if (cycle.SubmitBy is { } submit) list.Add(new Milestone(MilestoneKind.SubmitBy, submit, false));
        list.Add(new Milestone(MilestoneKind.Expiration, cycle.Expires, false));
        if (cycle.HasGrace) list.Add(new Milestone(MilestoneKind.GraceEnds, cycle.GraceEnds, false));
        // Each kind appears at most once, so (date, kind) orders them totally and an unstable sort in place suffices.
        list.Sort(static (x, y) => x.Date != y.Date ? x.Date.CompareTo(y.Date) : x.Kind.CompareTo(y.Kind));
        return list;
    }
}
