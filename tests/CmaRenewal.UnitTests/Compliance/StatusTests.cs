using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Compliance;

public sealed class StatusTests
{
    // AAMA, certified 2020-03-10: expires 2025-03-31, CE and the application due 2025-03-01 (30 days before),
    // grace ends 2025-06-29. Half the CE done early in the cycle.
    internal static EngineBuilder HalfDoneAama() => new EngineBuilder("CMA-AAMA", "2020-03-10")
        .Ce("2020-06-01", 10, Units.AamaCeu, "administrative")
        .Ce("2020-06-01", 10, Units.AamaCeu, "clinical")
        .Ce("2020-06-01", 10, Units.AamaCeu, "general");

    [Theory]
    [InlineData("2022-06-01", CredentialStatus.OnTrack)]   // 30 of 60 after 45 % of the cycle: on pace
    [InlineData("2023-06-01", CredentialStatus.AtRisk)]    // the same 30 after 65 %: pace projects 46 of 60
    [InlineData("2024-12-02", CredentialStatus.DueSoon)]   // 89 days before CE is due
    [InlineData("2025-03-01", CredentialStatus.DueSoon)]   // the CE due date itself
    [InlineData("2025-03-02", CredentialStatus.Overdue)]   // CE due date passed, not yet expired
    [InlineData("2025-03-31", CredentialStatus.Overdue)]   // expiration day: still not expired
    [InlineData("2025-04-01", CredentialStatus.InGrace)]   // first day after expiry
    [InlineData("2025-06-29", CredentialStatus.InGrace)]   // last day of grace
    [InlineData("2025-06-30", CredentialStatus.Lapsed)]    // past every grace window
    public void ShortCe_StatusFollowsTheCalendar(string asOf, CredentialStatus expected)
    {
        Assert.Equal(expected, HalfDoneAama().EvaluateOn(asOf).Status);
    }

    [Fact]
    public void EarlyInTheCycle_PaceIsNotJudged()
    {
        Assert.Equal(CredentialStatus.OnTrack, new EngineBuilder("CMA-AAMA", "2020-03-10").EvaluateOn("2020-09-01").Status);
    }

    [Theory]
    [InlineData("2023-06-01", CredentialStatus.Compliant)]
    [InlineData("2024-11-30", CredentialStatus.Compliant)]  // per-cycle fee due 2025-03-01 is 91 days out
    [InlineData("2025-01-01", CredentialStatus.DueSoon)]    // the recertification fee is due within 60 days
    public void CompleteCe_IsCompliantUntilTheFeeComesDue(string asOf, CredentialStatus expected)
    {
        var builder = HalfDoneAama().Ce("2021-06-01", 30, Units.AamaCeu, "general");

        Assert.Equal(expected, builder.EvaluateOn(asOf).Status);
    }

    [Fact]
    public void CompleteCe_AndFeePaid_IsCompliant()
    {
        var result = HalfDoneAama().Ce("2021-06-01", 30, Units.AamaCeu, "general").Paid("2025-01-02", "2030-01-31", 125).EvaluateOn("2025-01-05");

        Assert.Equal(CredentialStatus.Compliant, result.Status);
        Assert.Null(result.Fee);
    }

    [Theory]
    [InlineData("2026-03-01", CredentialStatus.DueSoon)]
    [InlineData("2025-12-30", CredentialStatus.Compliant)]  // 91 days before expiry
    [InlineData("2025-12-31", CredentialStatus.DueSoon)]    // 90 days
    [InlineData("2026-03-31", CredentialStatus.DueSoon)]
    [InlineData("2026-04-01", CredentialStatus.Lapsed)]     // the AHA gives no grace
    public void BlsCard_WithoutCe_IsDueSoonNearExpiry(string asOf, CredentialStatus expected)
    {
        Assert.Equal(expected, new EngineBuilder("BLS-AHA", "2024-03-15").EvaluateOn(asOf).Status);
    }

    [Fact]
    public void StatusReason_NamesWhatIsMissing()
    {
        var result = HalfDoneAama().EvaluateOn("2025-03-02");

        Assert.Equal("CE was due Mar 1, 2025; 30 more points.", result.StatusReason);
    }

    [Fact]
    public void Milestones_AreInDateOrder()
    {
        var result = HalfDoneAama().EvaluateOn("2021-06-01");

        Assert.Equal(
            [(MilestoneKind.CeCompleteBy, D("2025-03-01")), (MilestoneKind.FeeDue, D("2025-03-01")), (MilestoneKind.SubmitBy, D("2025-03-01")),
             (MilestoneKind.Expiration, D("2025-03-31")), (MilestoneKind.GraceEnds, D("2025-06-29"))],
            result.Milestones.Select(m => (m.Kind, m.Date)));
    }
}
