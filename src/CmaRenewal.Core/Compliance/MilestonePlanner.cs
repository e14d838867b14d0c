using CmaRenewal.Core.Fees;

namespace CmaRenewal.Core.Compliance;

/// <summary>The dated steps of a cycle, in date order.</summary>
public static class MilestonePlanner
{
    private static readonly MilestoneKind[] Kinds = Enum.GetValues<MilestoneKind>();

    public static IReadOnlyList<Milestone> For(CycleWindow cycle, bool ceComplete, bool hasCe, FeeDue? fee, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var list = new List<Milestone>(Kinds.Length);
        foreach (var kind in Kinds)
        {
            if (DateOf(kind, cycle, hasCe, fee) is not { } date) continue;
            var done = kind switch
            {
                MilestoneKind.RenewalWindowOpens => asOf >= date,
                MilestoneKind.CeCompleteBy => ceComplete,
                _ => false,
            };
            list.Add(new Milestone(kind, date, done));
        }
        // Each kind appears at most once, so (date, kind) orders them totally and an unstable sort in place suffices.
        list.Sort(static (x, y) => x.Date != y.Date ? x.Date.CompareTo(y.Date) : x.Kind.CompareTo(y.Kind));
        return list;
    }

    /// <summary>
    /// The date of one step, null when the cycle has none of that kind. Answered without making the list: screens,
    /// the planner and exports ask for a few dates of every credential, and most results are never listed.
    /// </summary>
    public static DateOnly? DateOf(MilestoneKind kind, CycleWindow cycle, bool hasCe, FeeDue? fee)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return kind switch
        {
            MilestoneKind.RenewalWindowOpens => cycle.WindowOpens,
            MilestoneKind.CeCompleteBy => hasCe ? cycle.CeCompleteBy : null,
            MilestoneKind.FeeDue => fee?.DueOn,
            MilestoneKind.SubmitBy => cycle.SubmitBy,
            MilestoneKind.Expiration => cycle.Expires,
            MilestoneKind.GraceEnds => cycle.HasGrace ? cycle.GraceEnds : null,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a milestone kind."),
        };
    }
}
