using CmaRenewal.Core.Fees;

namespace CmaRenewal.Core.Compliance;

/// <summary>Picks the one status of a credential; see <see cref="CredentialStatus"/> for the order and meanings.</summary>
public static class StatusJudge
{
    public static (CredentialStatus Status, string Reason) Judge(
        CycleWindow cycle, CeProgress? progress, StillNeed need, FeeDue? fee, DateOnly asOf, StatusPolicy policy)
    {
        if (asOf > cycle.GraceEnds)
            return (CredentialStatus.Lapsed, $"Expired {cycle.Expires:yyyy-MM-dd}; {cycle.Rules.Lapse.AfterGrace}");
        if (asOf > cycle.Expires)
            return (CredentialStatus.InGrace, $"Expired {cycle.Expires:yyyy-MM-dd}; CE renewal still possible until {cycle.GraceEnds:yyyy-MM-dd}.");

        var ceShort = progress is not null && !need.IsNothing;
        if (ceShort && asOf > cycle.CeCompleteBy)
            return (CredentialStatus.Overdue, $"CE was due {cycle.CeCompleteBy:yyyy-MM-dd}; {need.Summary}.");
        if (fee is { IsOverdue: true })
            return (CredentialStatus.Overdue, $"The {fee.Kind} fee was due {fee.DueOn:yyyy-MM-dd}.");

        var feeSoon = fee is not null && fee.DueOn.DayNumber - asOf.DayNumber <= policy.FeeDueSoonDays;
        if (ceShort && cycle.CeCompleteBy.DayNumber - asOf.DayNumber <= policy.DueSoonDays)
            return (CredentialStatus.DueSoon, $"CE due {cycle.CeCompleteBy:yyyy-MM-dd}; {need.Summary}.");
        if (feeSoon)
            return (CredentialStatus.DueSoon, $"The {fee!.Kind} fee is due {fee.DueOn:yyyy-MM-dd}.");
        if (progress is null && cycle.Expires.DayNumber - asOf.DayNumber <= policy.DueSoonDays)
            return (CredentialStatus.DueSoon, $"Expires {cycle.Expires:yyyy-MM-dd}; renew before then.");

        if (!ceShort)
            return (CredentialStatus.Compliant, progress is null ? $"Valid until {cycle.Expires:yyyy-MM-dd}." : "CE complete for this cycle.");
        return BehindPace(cycle, progress!, asOf, policy)
            ? (CredentialStatus.AtRisk, $"Behind pace: {need.Summary} by {cycle.CeCompleteBy:yyyy-MM-dd}.")
            : (CredentialStatus.OnTrack, $"{need.Summary} by {cycle.CeCompleteBy:yyyy-MM-dd}.");
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
