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
        var (status, cause) = Decide(cycle, progress, need, fee, asOf, policy);
        return new(status, cause);
    }

    /// <summary>
    /// The sentence of an engine's verdict, in the current culture: a verdict made once for the whole organisation is
    /// worded in each reader's (each reminder recipient's) language.
    /// </summary>
    public static string Reason(ComplianceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Reason(result.Status, result.Cause.Kind, result.Cycle, result.Progress is not null, result.StillNeed.Reworded(), result.Fee);
    }

    private static (CredentialStatus, StatusCause) Decide(CycleWindow cycle, CeProgress? progress, StillNeed need, FeeDue? fee, DateOnly asOf, StatusPolicy policy)
    {
        var expiry = new StatusCause(MilestoneKind.Expiration, cycle.Expires);
        var ceDue = new StatusCause(MilestoneKind.CeCompleteBy, cycle.CeCompleteBy);
        // Values, so the causes not chosen cost nothing; the fee's is only returned when there is a fee.
        var feeDue = new StatusCause(MilestoneKind.FeeDue, fee?.DueOn ?? default);
        if (asOf > cycle.GraceEnds) return (CredentialStatus.Lapsed, expiry);
        if (asOf > cycle.Expires) return (CredentialStatus.InGrace, new StatusCause(MilestoneKind.GraceEnds, cycle.GraceEnds));

        var ceShort = progress is not null && !need.IsNothing;
        if (ceShort && asOf > cycle.CeCompleteBy) return (CredentialStatus.Overdue, ceDue);
        if (fee is { IsOverdue: true }) return (CredentialStatus.Overdue, feeDue);

        var feeSoon = fee is not null && fee.DueOn.DayNumber - asOf.DayNumber <= policy.FeeDueSoonDays;
        if (ceShort && cycle.CeCompleteBy.DayNumber - asOf.DayNumber <= policy.DueSoonDays) return (CredentialStatus.DueSoon, ceDue);
        if (feeSoon) return (CredentialStatus.DueSoon, feeDue);
        if (progress is null && cycle.Expires.DayNumber - asOf.DayNumber <= policy.DueSoonDays) return (CredentialStatus.DueSoon, expiry);

        if (!ceShort) return (CredentialStatus.Compliant, expiry);
        return (BehindPace(cycle, progress!, asOf, policy) ? CredentialStatus.AtRisk : CredentialStatus.OnTrack, ceDue);
    }

    // The step that set the status picks the sentence: an overdue or due-soon fee reads differently from short CE.
    private static string Reason(CredentialStatus status, MilestoneKind cause, CycleWindow cycle, bool hasCe, string needSummary, FeeDue? fee) =>
        (status, cause) switch
        {
            (CredentialStatus.Lapsed, _) => Text.Format("Lapsed", ReadableDate.Of(cycle.Expires), PackWords.Of(cycle.Rules.Lapse.AfterGrace)),
            (CredentialStatus.InGrace, _) => Text.Format("InGrace", ReadableDate.Of(cycle.Expires), ReadableDate.Of(cycle.GraceEnds)),
            (CredentialStatus.Overdue, MilestoneKind.FeeDue) => Text.Format("FeeOverdue", PackWords.Of(fee!.Kind), ReadableDate.Of(fee.DueOn)),
            (CredentialStatus.Overdue, _) => Text.Format("CeOverdue", ReadableDate.Of(cycle.CeCompleteBy), needSummary),
            (CredentialStatus.DueSoon, MilestoneKind.FeeDue) => Text.Format("FeeDueSoon", PackWords.Of(fee!.Kind), ReadableDate.Of(fee.DueOn)),
            (CredentialStatus.DueSoon, MilestoneKind.Expiration) => Text.Format("ExpiresSoon", ReadableDate.Of(cycle.Expires)),
            (CredentialStatus.DueSoon, _) => Text.Format("CeDueSoon", ReadableDate.Of(cycle.CeCompleteBy), needSummary),
            (CredentialStatus.Compliant, _) => hasCe ? Text["CeComplete"] : Text.Format("ValidUntil", ReadableDate.Of(cycle.Expires)),
            (CredentialStatus.AtRisk, _) => Text.Format("BehindPace", needSummary, ReadableDate.Of(cycle.CeCompleteBy)),
            _ => Text.Format("OnTrack", needSummary, ReadableDate.Of(cycle.CeCompleteBy)),
        };

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
