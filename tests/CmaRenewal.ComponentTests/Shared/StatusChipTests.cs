using CmaRenewal.Application.Compliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Web.Components.Shared;

namespace CmaRenewal.ComponentTests.Shared;

public sealed class StatusChipTests : MudBlazorTestContext
{
    // Written out rather than taken from StatusChip.ColorOf, so a changed colour or wording fails here.
    public static readonly TheoryData<CredentialStatus, string, string> Expected = new()
    {
        { CredentialStatus.Missing, "Missing", "dark" },
        { CredentialStatus.Lapsed, "Lapsed", "error" },
        { CredentialStatus.InGrace, "In grace", "error" },
        { CredentialStatus.Overdue, "Overdue", "error" },
        { CredentialStatus.DueSoon, "Due soon", "warning" },
        { CredentialStatus.AtRisk, "At risk", "warning" },
        { CredentialStatus.OnTrack, "On track", "info" },
        { CredentialStatus.Compliant, "Compliant", "success" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void EachStatus_RendersItsLabelColourAndDataAttribute(CredentialStatus status, string label, string colour)
    {
        var chip = Render<StatusChip>(p => p.Add(c => c.Status, status)).Find(".mud-chip");

        Assert.Equal(label, chip.TextContent.Trim());
        Assert.Contains($"mud-chip-color-{colour}", chip.ClassList);
        Assert.Equal(status.ToString(), chip.GetAttribute("data-status"));
    }

    public static TheoryData<CredentialStatus> AllStatuses() => new(Enum.GetValues<CredentialStatus>());

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void EachChip_HasATooltipSayingWhatItsStatusMeans(CredentialStatus status)
    {
        var tooltip = Render<StatusChip>(p => p.Add(c => c.Status, status)).FindComponent<MudTooltip>();

        Assert.Equal(ComplianceWording.Meaning(status), tooltip.Instance.Text);
    }

    [Fact]
    public void WithoutItsMeaning_TheChipIsTheSame_ButHasNoTooltip()
    {
        var cut = Render<StatusChip>(p => p.Add(c => c.Status, CredentialStatus.Lapsed).Add(c => c.ShowMeaning, false));

        Assert.Empty(cut.FindComponents<MudTooltip>());
        var chip = cut.Find(".mud-chip");
        Assert.Equal("Lapsed", chip.GetAttribute("data-status"));
        Assert.Contains("status-lapsed", chip.ClassList);
    }

    [Fact]
    public void Lapsed_LooksMoreSevereThanEveryOtherRedStatus()
    {
        var lapsed = Render<StatusChip>(p => p.Add(c => c.Status, CredentialStatus.Lapsed)).Find(".mud-chip");
        var overdue = Render<StatusChip>(p => p.Add(c => c.Status, CredentialStatus.Overdue)).Find(".mud-chip");

        // The darker red comes from this class (app.css), and only Lapsed carries an icon.
        Assert.Contains("status-lapsed", lapsed.ClassList);
        Assert.NotNull(lapsed.QuerySelector("svg"));
        Assert.DoesNotContain("status-lapsed", overdue.ClassList);
        Assert.Null(overdue.QuerySelector("svg"));
    }

    [Fact]
    public void ExpectedTable_CoversEveryStatus()
    {
        Assert.Equal(Enum.GetValues<CredentialStatus>().Order(), Expected.Select(row => (CredentialStatus)row.Data.Item1).Order());
    }
}
