using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Compliance;

/// <summary>
/// The lead time is our policy, not the AAMA's rule (issue 11, item 3): the organisation's default or the clinic's own
/// value sets CE due, submit by and the fee's due date where the body processes an application, and so the statuses and
/// the CE reminders.
/// </summary>
public sealed class LeadTimeTests
{
    // AAMA, certified 2020-03-10: expires 2025-03-31. Half the CE done early in the cycle.
    private static EngineBuilder HalfDoneAama(int organisationDays, int? clinicDays) => new EngineBuilder("CMA-AAMA", "2020-03-10")
    {
        Policy = new StatusPolicy(CeLeadTimeDays: organisationDays),
        ClinicLeadTimeDays = clinicDays,
    }
        .Ce("2020-06-01", 10, Units.AamaCeu, "administrative")
        .Ce("2020-06-01", 10, Units.AamaCeu, "clinical")
        .Ce("2020-06-01", 10, Units.AamaCeu, "general");

    [Theory]
    [InlineData(30, null, "2025-03-01")] // the organisation's default: the dates AAMA credentials always had
    [InlineData(45, null, "2025-02-14")]
    [InlineData(30, 60, "2025-01-30")]   // the clinic's own value wins
    [InlineData(45, 0, "2025-03-31")]    // a clinic at 0 days: due on the expiry date itself
    [InlineData(0, null, "2025-03-31")]
    public void CeDue_SubmitBy_AndTheFee_FollowTheLeadTime(int organisationDays, int? clinicDays, string due)
    {
        var result = HalfDoneAama(organisationDays, clinicDays).EvaluateOn("2021-06-01");

        Assert.Equal(
            [(MilestoneKind.CeCompleteBy, D(due)), (MilestoneKind.FeeDue, D(due)), (MilestoneKind.SubmitBy, D(due))],
            result.Milestones.Where(m => m.Kind is MilestoneKind.CeCompleteBy or MilestoneKind.FeeDue or MilestoneKind.SubmitBy)
                .Select(m => (m.Kind, m.Date)));
        Assert.Equal(D("2025-03-31"), result.DateOf(MilestoneKind.Expiration));
    }

    [Theory]
    [InlineData(30, null, "2025-03-01", CredentialStatus.DueSoon, "CE due Mar 1, 2025; 30 more points.")]
    [InlineData(30, null, "2025-03-02", CredentialStatus.Overdue, "CE was due Mar 1, 2025; 30 more points.")]
    [InlineData(30, 0, "2025-03-02", CredentialStatus.DueSoon, "CE due Mar 31, 2025; 30 more points.")]
    [InlineData(0, null, "2025-03-31", CredentialStatus.DueSoon, "CE due Mar 31, 2025; 30 more points.")]
    [InlineData(30, 60, "2025-01-31", CredentialStatus.Overdue, "CE was due Jan 30, 2025; 30 more points.")]
    [InlineData(30, null, "2025-01-31", CredentialStatus.DueSoon, "CE due Mar 1, 2025; 30 more points.")]
    public void Status_JudgesCeAgainstTheLeadTime(int organisationDays, int? clinicDays, string asOf, CredentialStatus status, string reason)
    {
        var result = HalfDoneAama(organisationDays, clinicDays).EvaluateOn(asOf);

        Assert.Equal((status, reason), (result.Status, result.StatusReason));
    }

    [Theory]
    [InlineData(30, null, "2025-01-30")] // 30 days before CE due on 2025-03-01
    [InlineData(30, 60, "2024-12-31")]
    [InlineData(30, 0, "2025-03-01")]
    public void CeReminders_CountBackFromTheLeadTimesDueDate(int organisationDays, int? clinicDays, string sendOn)
    {
        var builder = HalfDoneAama(organisationDays, clinicDays);
        var cycle = EngineBuilder.Engine(builder.Policy).CycleOf(builder.Credential, D("2021-06-01"));

        var rungs = CredentialReminders.Schedule(cycle, fee: null, hasCe: true, new ReminderLadder([30], [], []));

        Assert.Equal(D(sendOn), rungs.Single(r => r.Kind == ReminderKind.CeDue && r.OffsetDays == 30).SendOn);
    }

    [Theory]
    [InlineData("CCMA-NHA")]
    [InlineData("RMA-AMT")]
    [InlineData("NCMA-NCCT")]
    public void BodiesWithoutAnApplicationToProcess_KeepTheirOwnDueDate(string pack)
    {
        var builder = new EngineBuilder(pack, "2024-01-10") { Policy = new StatusPolicy(CeLeadTimeDays: 60), ClinicLeadTimeDays = 90 };

        var result = builder.EvaluateOn("2024-06-01");

        Assert.Equal(result.Cycle.Expires, result.DateOf(MilestoneKind.CeCompleteBy));
        Assert.Null(result.DateOf(MilestoneKind.SubmitBy));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(LeadTime.MaxDays, true)]
    [InlineData(LeadTime.MaxDays + 1, false)]
    public void LeadTime_IsZeroToAYear(int days, bool valid)
    {
        Assert.Equal(valid, LeadTime.IsValid(days));
    }
}
