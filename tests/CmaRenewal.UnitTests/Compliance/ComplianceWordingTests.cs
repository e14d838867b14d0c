using CmaRenewal.Application.Compliance;
using CmaRenewal.Core.Compliance;

namespace CmaRenewal.UnitTests.Compliance;

public sealed class ComplianceWordingTests
{
    public static TheoryData<CredentialStatus, string> Statuses() => new()
    {
        { CredentialStatus.Missing, "Missing" },
        { CredentialStatus.Lapsed, "Lapsed" },
        { CredentialStatus.InGrace, "In grace" },
        { CredentialStatus.Overdue, "Overdue" },
        { CredentialStatus.DueSoon, "Due soon" },
        { CredentialStatus.AtRisk, "At risk" },
        { CredentialStatus.OnTrack, "On track" },
        { CredentialStatus.Compliant, "Compliant" },
    };

    public static TheoryData<MilestoneKind, string> Milestones() => new()
    {
        { MilestoneKind.RenewalWindowOpens, "Renewal window opens" },
        { MilestoneKind.CeCompleteBy, "CE due" },
        { MilestoneKind.FeeDue, "Fee due" },
        { MilestoneKind.SubmitBy, "Submit by" },
        { MilestoneKind.Expiration, "Expires" },
        { MilestoneKind.GraceEnds, "Grace ends" },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Status_HasItsLabel(CredentialStatus status, string label) => Assert.Equal(label, ComplianceWording.Status(status));

    [Theory]
    [MemberData(nameof(Milestones))]
    public void Milestone_HasItsLabel(MilestoneKind kind, string label) => Assert.Equal(label, ComplianceWording.Milestone(kind));

    [Fact]
    public void EveryStatus_HasADistinctNonEmptyLabel_AndTheTableCoversThemAll()
    {
        var labels = Enum.GetValues<CredentialStatus>().Select(ComplianceWording.Status).ToList();
        Assert.All(labels, label => Assert.False(string.IsNullOrWhiteSpace(label)));
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(Enum.GetValues<CredentialStatus>().Order(), Statuses().Select(row => row.Data.Item1).Order());
    }

    [Fact]
    public void EveryMilestoneKind_HasADistinctNonEmptyLabel_AndTheTableCoversThemAll()
    {
        var labels = Enum.GetValues<MilestoneKind>().Select(ComplianceWording.Milestone).ToList();
        Assert.All(labels, label => Assert.False(string.IsNullOrWhiteSpace(label)));
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(Enum.GetValues<MilestoneKind>().Order(), Milestones().Select(row => row.Data.Item1).Order());
    }

    [Fact]
    public void EveryStatus_HasADistinctMeaning_ForTheLegendAndTooltips()
    {
        var meanings = Enum.GetValues<CredentialStatus>().Select(ComplianceWording.Meaning).ToList();
        Assert.All(meanings, meaning => Assert.EndsWith(".", meaning, StringComparison.Ordinal));
        Assert.Equal(meanings.Count, meanings.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("2027-01-05", "Fee due 2027-01-06")]
    [InlineData("2027-01-06", "Fee due 2027-01-06")]  // the due day itself is not yet past
    [InlineData("2027-01-07", "Fee was due 2027-01-06")]
    public void Why_SpeaksOfAPassedDateInThePastTense(string asOf, string expected)
    {
        Assert.Equal(expected, ComplianceWording.Why(new StatusCause(MilestoneKind.FeeDue, D("2027-01-06")), D(asOf)));
    }

    [Fact]
    public void UnknownValues_AreRefused_WithTheirValue()
    {
        var status = Assert.Throws<ArgumentOutOfRangeException>(() => ComplianceWording.Status((CredentialStatus)99));
        Assert.Equal("status", status.ParamName);
        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => ComplianceWording.Milestone((MilestoneKind)99));
        Assert.Equal("kind", kind.ParamName);
    }
}
