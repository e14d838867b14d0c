using CmaRenewal.Application.Compliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Compliance;

/// <summary>The step that sets each status (the grid's "why"), on StatusTests' calendar.</summary>
public sealed class StatusCauseTests
{
    // StatusTests' AAMA: expires 2025-03-31, CE and fee due 2025-03-01, grace ends 2025-06-29; half the CE done.
    private static EngineBuilder HalfDoneAama() => StatusTests.HalfDoneAama();

    [Theory]
    [InlineData("2022-06-01", CredentialStatus.OnTrack, "CE due 2025-03-01")]
    [InlineData("2023-06-01", CredentialStatus.AtRisk, "CE due 2025-03-01")]
    [InlineData("2024-12-02", CredentialStatus.DueSoon, "CE due 2025-03-01")]
    [InlineData("2025-03-02", CredentialStatus.Overdue, "CE was due 2025-03-01")]
    [InlineData("2025-04-01", CredentialStatus.InGrace, "Grace ends 2025-06-29")]
    [InlineData("2025-06-30", CredentialStatus.Lapsed, "Expired 2025-03-31")]
    public void ShortCe_IsExplainedByTheDateThatSetsItsStatus(string asOf, CredentialStatus status, string why)
    {
        var result = HalfDoneAama().EvaluateOn(asOf);

        Assert.Equal(status, result.Status);
        Assert.Equal(why, ComplianceWording.Why(result.Cause, result.AsOf));
    }

    [Theory]
    [InlineData("2023-06-01", CredentialStatus.Compliant, "Expires 2025-03-31")]
    [InlineData("2025-01-01", CredentialStatus.DueSoon, "Fee due 2025-03-01")]
    [InlineData("2025-03-05", CredentialStatus.Overdue, "Fee was due 2025-03-01")]
    public void CompleteCe_IsExplainedByTheFeeOnceItComesDue(string asOf, CredentialStatus status, string why)
    {
        var result = HalfDoneAama().Ce("2021-06-01", 30, Units.AamaCeu, "general").EvaluateOn(asOf);

        Assert.Equal(status, result.Status);
        Assert.Equal(why, ComplianceWording.Why(result.Cause, result.AsOf));
    }

    [Fact]
    public void BlsCard_DueSoon_IsExplainedByItsExpiry()
    {
        var result = new EngineBuilder("BLS-AHA", "2024-03-15").EvaluateOn("2026-03-01");

        Assert.Equal(CredentialStatus.DueSoon, result.Status);
        Assert.Equal(new StatusCause(MilestoneKind.Expiration, D("2026-03-31")), result.Cause);
    }

    // Liam Scott in the small demo seeded on 2026-12-06: a CPT-NHA renewed once (so it follows on to 2027-01-06) with
    // all 10 credits earned. The renewal fee makes it due soon; "Nothing more needed" beside "Due soon" hid that.
    [Fact]
    public void LiamsPhlebotomyCard_IsDueSoonBecauseOfTheFee_AndSaysOnlyThatNoMoreCeIsNeeded()
    {
        var result = new EngineBuilder("CPT-NHA", "2023-01-06").Renewed("2024-12-01")
            .Ce("2025-12-06", 6, Units.NhaCredit)
            .Ce("2026-08-06", 8, Units.ClockHour)
            .EvaluateOn("2026-12-06");

        Assert.Equal(CredentialStatus.DueSoon, result.Status);
        Assert.Equal("Fee due 2027-01-06", ComplianceWording.Why(result.Cause, result.AsOf));
        Assert.Equal("No more CE needed", result.StillNeed.Summary);
    }
}
