using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;
using static CmaRenewal.Core.AuditPacks.AuditFindingKind;

namespace CmaRenewal.UnitTests.AuditPacks;

public sealed class AuditDrillTests
{
    private const long Subject = 10;
    private const string AsOf = "2022-06-01";

    // AAMA certified 2020-03-10: earning window 2020-03-10 to 2025-03-31. Three approved, certified, verified
    // activities make the cycle complete, so the only findings are the subject activity's.
    private static EngineBuilder Complete() => new EngineBuilder("CMA-AAMA", "2020-03-10")
        .Ce("2020-06-01", 20, Units.AamaCeu, "administrative")
        .Ce("2020-07-01", 20, Units.AamaCeu, "clinical")
        .Ce("2020-08-01", 20, Units.AamaCeu, "general");

    private static readonly DrillActivity[] Clean =
    [
        new(1, D("2020-06-01"), D("2020-06-02"), "A", true, VerificationStatus.Verified),
        new(2, D("2020-07-01"), D("2020-07-02"), "B", true, VerificationStatus.Verified),
        new(3, D("2020-08-01"), D("2020-08-02"), "C", true, VerificationStatus.Verified),
    ];

    public static TheoryData<string, string, bool, VerificationStatus, bool, AuditFindingKind[]> Cases() => new()
    {
        // completed, logged, certificate, verification, claimed earlier → findings about the subject
        { "2021-01-05", "2021-01-06", true, VerificationStatus.Verified, false, [] },
        { "2021-01-05", "2021-01-06", false, VerificationStatus.Verified, false, [MissingCertificate] },
        { "2021-01-05", "2021-01-06", true, VerificationStatus.Unverified, false, [Unverified] },
        { "2021-01-05", "2021-01-06", false, VerificationStatus.Unverified, false, [MissingCertificate, Unverified] },
        // Logged during this cycle but dated before its earning window: it does not count, and an auditor would refuse it.
        { "2019-11-01", "2021-01-06", true, VerificationStatus.Verified, false, [OutsideWindow] },
        // An uncounted activity is not asked for a certificate or a verification.
        { "2019-11-01", "2021-01-06", false, VerificationStatus.Unverified, false, [OutsideWindow] },
        // Entered before the cycle began: an earlier cycle's history, not a claim on this one.
        { "2019-11-01", "2019-11-02", true, VerificationStatus.Verified, false, [] },
        // Already used by an earlier renewal.
        { "2019-11-01", "2021-01-06", true, VerificationStatus.Verified, true, [] },
        // Completed after the as-of date: not counted yet, not outside the window either.
        { "2022-07-01", "2022-05-01", false, VerificationStatus.Unverified, false, [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Activity_Findings(string completed, string logged, bool certificate, VerificationStatus verification, bool claimed,
        AuditFindingKind[] expected)
    {
        var builder = Complete().Activity(ActivityFacts.InOneCategory(Subject, D(completed), 5, Units.AamaCeu, "general", true) with
        {
            ClaimedByEarlierRenewal = claimed,
        });
        var result = builder.EvaluateOn(AsOf);
        DrillActivity subject = new(Subject, D(completed), D(logged), "Subject", certificate, verification, claimed);

        var findings = AuditDrill.Findings(result, [.. Clean, subject]);

        Assert.Equal(expected, findings.Select(f => f.Kind));
        Assert.All(findings, f => Assert.Equal(Subject, f.ActivityId));
    }

    [Fact]
    public void NothingApproved_ApprovedShareTooLow_OncePerCycle()
    {
        var result = new EngineBuilder("CMA-AAMA", "2020-03-10")
            .Ce("2020-06-01", 60, Units.ContactHour, "general", approved: false).EvaluateOn(AsOf);
        DrillActivity only = new(1, D("2020-06-01"), D("2020-06-02"), "Non-approved", true, VerificationStatus.Verified);

        var findings = AuditDrill.Findings(result, [only]);

        var finding = Assert.Single(findings);
        Assert.Equal(ApprovedShareTooLow, finding.Kind);
        Assert.Null(finding.ActivityId);
        Assert.True(result.StillNeed.Approved > 0m);
        Assert.Contains($"{StillNeed.Format(result.StillNeed.Approved)} more", finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ApprovedMinimumMet_NoApprovedFinding()
    {
        var result = Complete().EvaluateOn(AsOf);

        Assert.Empty(AuditDrill.Findings(result, Clean));
        Assert.True(result.Progress!.Approved!.IsMet);
    }

    [Fact]
    public void CredentialWithoutCe_HasNoCeFindings()
    {
        var result = new EngineBuilder("BLS-AHA", "2021-03-15").EvaluateOn(AsOf);

        Assert.Empty(AuditDrill.Findings(result, []));
    }
}
