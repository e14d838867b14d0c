using CmaRenewal.Core.Fees;

namespace CmaRenewal.Core.Compliance;

/// <summary>Picks the one status of a credential; see <see cref="CredentialStatus"/> for the order and meanings.</summary>
public static class StatusJudge
{
    public static StatusVerdict Judge(CycleWindow cycle, CeProgress? progress, StillNeed need, FeeDue? fee, DateOnly asOf, StatusPolicy policy)
    {
        var expiry = new StatusCause(MilestoneKind.Expiration, cycle.Expires);
        var ceDue = new StatusCause(MilestoneKind.CeCompleteBy, cycle.CeCompleteBy);
        var feeDue = fee is null ? null : new StatusCause(MilestoneKind.FeeDue, fee.DueOn);
        if (asOf > cycle.GraceEnds)
            return new(CredentialStatus.Lapsed, $"Expired {cycle.Expires:yyyy-MM-dd}; {cycle.Rules.Lapse.AfterGrace}", expiry);
        if (asOf > cycle.Expires)
            return new(CredentialStatus.InGrace, $"Expired {cycle.Expires:yyyy-MM-dd}; CE renewal still possible until {cycle.GraceEnds:yyyy-MM-dd}.",
                new StatusCause(MilestoneKind.GraceEnds, cycle.GraceEnds));

        var ceShort = progress is not null && !need.IsNothing;
        if (ceShort && asOf > cycle.CeCompleteBy)
            return new(CredentialStatus.Overdue, $"CE was due {cycle.CeCompleteBy:yyyy-MM-dd}; {need.Summary}.", ceDue);
        if (fee is { IsOverdue: true })
            return new(CredentialStatus.Overdue, $"The {fee.Kind} fee was due {fee.DueOn:yyyy-MM-dd}.", feeDue!);

        var feeSoon = fee is not null && fee.DueOn.DayNumber - asOf.DayNumber <= policy.FeeDueSoonDays;
        if (ceShort && cycle.CeCompleteBy.DayNumber - asOf.DayNumber <= policy.DueSoonDays)
            return new(CredentialStatus.DueSoon, $"CE due {cycle.CeCompleteBy:yyyy-MM-dd}; {need.Summary}.", ceDue);
        if (feeSoon)
            return new(CredentialStatus.DueSoon, $"The {fee!.Kind} fee is due {fee.DueOn:yyyy-MM-dd}.", feeDue!);
        if (progress is null && cycle.Expires.DayNumber - asOf.DayNumber <= policy.DueSoonDays)
            return new(CredentialStatus.DueSoon, $"Expires {cycle.Expires:yyyy-MM-dd}; renew before then.", expiry);

        if (!ceShort)
            return new(CredentialStatus.Compliant, progress is null ? $"Valid until {cycle.Expires:yyyy-MM-dd}." : "CE complete for this cycle.", expiry);
        return BehindPace(cycle, progress!, asOf, policy)
            ? new(CredentialStatus.AtRisk, $"Behind pace: {need.Summary} by {cycle.CeCompleteBy:yyyy-MM-dd}.", ceDue)
            : new(CredentialStatus.OnTrack, $"{need.Summary} by {cycle.CeCompleteBy:yyyy-MM-dd}.", ceDue);
    }

    // Linear projection: at the rate earned so far, will the total be reached by the CE due date?
    private static bool BehindPace(CycleWindow cycle, CeProgress progress, DateOnly asOf, StatusPolicy policy)
    {
        var length = cycle.CeCompleteBy.DayNumber - cycle.Start.DayNumber;
        var elapsed = asOf.DayNumber - cycle.Start.DayNumber;
        if (length <= 0 || elapsed <= 0 || (decimal)elapsed / length < policy.PaceJudgedFromFraction) return false;
        var projected = progress.Total.Counted * length / elapsed;
        return projected < progress.Total.Required;
    }
}
