using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Compliance;

public sealed class FeeTests
{
    // AMT: certified 2022-04-20; the $50 fee is due at the end of every April; CE cycle to 2025-04-30.
    private static EngineBuilder Amt() => new EngineBuilder("RMA-AMT", "2022-04-20").Ce("2022-06-01", 30, Units.AmtPoint);

    [Theory]
    [InlineData(null, "2023-04-30")]             // nothing recorded: the first anniversary
    [InlineData("2023-04-30", "2023-04-30")]     // paid through the due date: that is the next due date
    [InlineData("2024-04-30", "2024-04-30")]
    [InlineData("2025-04-30", "2025-04-30")]     // paid ahead: due again at the end of the cycle
    public void AnnualFee_IsDueAtTheEndOfTheAnniversaryMonth(string? paidThrough, string expectedDue)
    {
        var builder = Amt();
        if (paidThrough is not null) builder.Paid("2022-04-20", paidThrough);

        var fee = builder.EvaluateOn("2023-01-01").Fee;

        Assert.Equal(D(expectedDue), fee!.DueOn);
    }

    [Theory]
    [InlineData(false, "2024-05-01", CredentialStatus.Overdue)]
    [InlineData(true, "2024-05-01", CredentialStatus.Compliant)]
    [InlineData(false, "2024-04-30", CredentialStatus.DueSoon)]
    public void AnnualFee_PaidVersusUnpaid(bool paid, string asOf, CredentialStatus expected)
    {
        var builder = Amt().Paid("2023-04-01", "2024-04-30");
        if (paid) builder.Paid("2024-04-02", "2025-04-30");

        Assert.Equal(expected, builder.EvaluateOn(asOf).Status);
    }

    [Fact]
    public void AnnualFee_61DaysOut_IsNotYetDueSoon()
    {
        Assert.Equal(CredentialStatus.Compliant, Amt().Paid("2023-04-01", "2024-04-30").EvaluateOn("2024-02-29").Status);
    }

    [Theory]
    // AMT's current page says "the anniversary month"; its older FAQ said "prior to May 1" for a 5/1 certification.
    // The product follows the current page (docs/rules.md, "AMT due day"): the last day of the anniversary month, for
    // the yearly fee and for the CE at the end of the 3-year cycle. A 29 February certification clamps per year.
    [InlineData("2021-05-01", "2022-05-31", "2024-05-31")]
    [InlineData("2021-05-31", "2022-05-31", "2024-05-31")]
    [InlineData("2024-02-29", "2025-02-28", "2027-02-28")]
    public void Amt_FeeAndCe_FallDueOnTheLastDayOfTheAnniversaryMonth(string certifiedOn, string feeDue, string ceDue)
    {
        var result = new EngineBuilder("RMA-AMT", certifiedOn).EvaluateOn(certifiedOn);

        Assert.Equal(D(feeDue), result.Fee!.DueOn);
        Assert.Equal(D(ceDue), result.Cycle.CeCompleteBy);
    }

    [Fact]
    public void Amt_DueDay_StaysFlaggedUnverified()
    {
        var rules = Packs.Get("RMA-AMT").Latest;

        Assert.Equal(["schedule"], rules.Fees.Single().Provenance.UnverifiedValues.Select(v => v.Value));
        Assert.Equal(["anchor"], rules.Cycle.Provenance.UnverifiedValues.Select(v => v.Value));
    }

    [Fact]
    public void Ncct_YearlyFee_IsDueWithTheRecertificationYear()
    {
        var fee = new EngineBuilder("NCMA-NCCT", "2023-05-10").EvaluateOn("2024-03-01").Fee;

        Assert.Equal(D("2024-12-31"), fee!.DueOn);
        Assert.False(fee.IsOverdue);
    }

    [Fact]
    public void BlsCard_HasNoFee()
    {
        Assert.Null(new EngineBuilder("BLS-AHA", "2024-03-15").EvaluateOn("2025-01-01").Fee);
    }
}
