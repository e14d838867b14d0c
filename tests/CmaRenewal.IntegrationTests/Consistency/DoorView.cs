using CmaRenewal.Core.Compliance;

namespace CmaRenewal.IntegrationTests.Consistency;

/// <summary>
/// What one door shows of one credential: its status, CE earned (in the pack's unit) and what is still needed, as
/// the amount and the sentence. Null where the door does not show that figure (a calendar event has no "earned").
/// </summary>
internal sealed record DoorView(string Door, CredentialStatus? Status, decimal? Earned, decimal? StillNeed, string? StillNeedSummary)
{
    /// <summary>Fails naming the door and the figure when this door shows something other than <paramref name="truth"/>.</summary>
    public void AssertShows(DoorView truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        if (Status is not null) Assert.True(Status == truth.Status, $"{Door} shows status {Status}, {truth.Door} {truth.Status}");
        if (Earned is not null) Assert.True(Earned == truth.Earned, $"{Door} shows earned {Earned}, {truth.Door} {truth.Earned}");
        if (StillNeed is not null) Assert.True(StillNeed == truth.StillNeed, $"{Door} shows still need {StillNeed}, {truth.Door} {truth.StillNeed}");
        if (StillNeedSummary is not null)
            Assert.True(StillNeedSummary == truth.StillNeedSummary, $"{Door} says \"{StillNeedSummary}\", {truth.Door} \"{truth.StillNeedSummary}\"");
    }
}
