using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.Localization;
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

    // The glossary in docs/localization.md, word for word: chips, filters, emails and exports all read these.
    public static TheoryData<CredentialStatus, string> SpanishStatuses() => new()
    {
        { CredentialStatus.Missing, "Falta" },
        { CredentialStatus.Lapsed, "Caducada" },
        { CredentialStatus.InGrace, "En período de gracia" },
        { CredentialStatus.Overdue, "Atrasada" },
        { CredentialStatus.DueSoon, "Vence pronto" },
        { CredentialStatus.AtRisk, "En riesgo" },
        { CredentialStatus.OnTrack, "En camino" },
        { CredentialStatus.Compliant, "Al día" },
    };

    [Theory]
    [MemberData(nameof(SpanishStatuses))]
    public void Status_InSpanish_IsTheGlossarysWord(CredentialStatus status, string label)
    {
        using (AppCulture.Use("es")) Assert.Equal(label, ComplianceWording.Status(status));
    }

    [Fact]
    public void EveryWord_HasADistinctSpanishText_ThatIsNotTheEnglish()
    {
        var english = Enum.GetValues<CredentialStatus>().Select(s => (ComplianceWording.Status(s), ComplianceWording.Meaning(s)))
            .Concat(Enum.GetValues<MilestoneKind>().Select(k => (ComplianceWording.Milestone(k), ""))).ToList();
        using (AppCulture.Use("es"))
        {
            var spanish = Enum.GetValues<CredentialStatus>().Select(s => (ComplianceWording.Status(s), ComplianceWording.Meaning(s)))
                .Concat(Enum.GetValues<MilestoneKind>().Select(k => (ComplianceWording.Milestone(k), ""))).ToList();
            Assert.Equal(spanish.Count, spanish.Distinct().Count());
            Assert.DoesNotContain(english.Zip(spanish), pair => pair.First.Item1 == pair.Second.Item1);
        }
    }

    [Theory]
    [InlineData("2027-01-05", "Vence la cuota el 6 ene 2027")]
    [InlineData("2027-01-07", "La cuota vencía el 6 ene 2027")]
    public void Why_InSpanish_DatesTheStepAsSpanishReadersWriteIt(string asOf, string expected)
    {
        using (AppCulture.Use("es"))
            Assert.Equal(expected, ComplianceWording.Why(new StatusCause(MilestoneKind.FeeDue, D("2027-01-06")), D(asOf)));
    }
}
