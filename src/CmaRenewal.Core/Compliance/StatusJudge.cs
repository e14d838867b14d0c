using CmaRenewal.Core.Fees;
using CmaRenewal.Core.Common;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.Core.Compliance;

/// <summary>Picks the one status of a credential; see <see cref="CredentialStatus"/> for the order and meanings.</summary>
public static class StatusJudge
{
    private static readonly ResourceText Text = new(typeof(StatusJudge));

    public static StatusVerdict Judge(CycleWindow cycle, CeProgress? progress, StillNeed need, FeeDue? fee, DateOnly asOf, StatusPolicy policy)
    {
        var expiry = new StatusCause(MilestoneKind.Expiration, cycle.Expires);
        var ceDue = new StatusCause(MilestoneKind.CeCompleteBy, cycle.CeCompleteBy);
        var feeDue = fee is null ? null : new StatusCause(MilestoneKind.FeeDue, fee.DueOn);
        if (asOf > cycle.GraceEnds)
            return new(CredentialStatus.Lapsed, Text.Format("Lapsed", ReadableDate.Of(cycle.Expires), PackWords.Of(cycle.Rules.Lapse.AfterGrace)), expiry);
        if (asOf > cycle.Expires)
            return new(CredentialStatus.InGrace, Text.Format("InGrace", ReadableDate.Of(cycle.Expires), ReadableDate.Of(cycle.GraceEnds)),
                new StatusCause(MilestoneKind.GraceEnds, cycle.GraceEnds));

        var ceShort = progress is not null && !need.IsNothing;
        if (ceShort && asOf > cycle.CeCompleteBy)
            return new(CredentialStatus.Overdue, Text.Format("CeOverdue", ReadableDate.Of(cycle.CeCompleteBy), need.Summary), ceDue);
        if (fee is { IsOverdue: true })
            return new(CredentialStatus.Overdue, Text.Format("FeeOverdue", PackWords.Of(fee.Kind), ReadableDate.Of(fee.DueOn)), feeDue!);

        var feeSoon = fee is not null && fee.DueOn.DayNumber - asOf.DayNumber <= policy.FeeDueSoonDays;
        if (ceShort && cycle.CeCompleteBy.DayNumber - asOf.DayNumber <= policy.DueSoonDays)
            return new(CredentialStatus.DueSoon, Text.Format("CeDueSoon", ReadableDate.Of(cycle.CeCompleteBy), need.Summary), ceDue);
        if (feeSoon)
            return new(CredentialStatus.DueSoon, Text.Format("FeeDueSoon", PackWords.Of(fee!.Kind), ReadableDate.Of(fee.DueOn)), feeDue!);
        if (progress is null && cycle.Expires.DayNumber - asOf.DayNumber <= policy.DueSoonDays)
            return new(CredentialStatus.DueSoon, Text.Format("ExpiresSoon", ReadableDate.Of(cycle.Expires)), expiry);

        if (!ceShort)
            return new(CredentialStatus.Compliant, progress is null ? Text.Format("ValidUntil", ReadableDate.Of(cycle.Expires)) : Text["CeComplete"], expiry);
        return BehindPace(cycle, progress!, asOf, policy)
            ? new(CredentialStatus.AtRisk, Text.Format("BehindPace", need.Summary, ReadableDate.Of(cycle.CeCompleteBy)), ceDue)
            : new(CredentialStatus.OnTrack, Text.Format("OnTrack", need.Summary, ReadableDate.Of(cycle.CeCompleteBy)), ceDue);
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
