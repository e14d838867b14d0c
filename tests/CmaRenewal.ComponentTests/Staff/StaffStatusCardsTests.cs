using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Web.Features.Staff;

namespace CmaRenewal.ComponentTests.Staff;

public sealed class StaffStatusCardsTests : MudBlazorTestContext
{
    private static readonly IReadOnlyList<StaffRow> Rows =
    [
        StaffRows.Aama("2025-06-30"),                 // Lapsed
        StaffRows.Aama("2025-06-30", active: false),  // Lapsed, but has left
        StaffRows.Aama("2025-04-01"),                 // InGrace
    ];

    [Fact]
    public void Cards_CountActivePeopleOnly_BesideTheirChip()
    {
        var cut = Render<StaffStatusCards>(p => p.Add(c => c.Rows, Rows).Add(c => c.Filter, StaffFilter.All));

        var lapsed = cut.Find("[data-status-card=Lapsed]");
        Assert.Equal("1", lapsed.QuerySelector("[data-status-count]")!.TextContent.Trim());
        Assert.Equal("Lapsed", lapsed.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.Equal("0", cut.Find("[data-status-count=Compliant]").TextContent.Trim());
    }

    [Fact]
    public void Cards_HaveNoTooltips_TheLegendAboveSaysWhatEachStatusMeans()
    {
        var cut = Render<StaffStatusCards>(p => p.Add(c => c.Rows, Rows).Add(c => c.Filter, StaffFilter.All));

        Assert.Equal(Enum.GetValues<CredentialStatus>().Length, cut.FindAll("[data-status-card]").Count);
        Assert.Empty(cut.FindComponents<MudTooltip>());
    }

    [Fact]
    public void ACard_IsAButtonThatChoosesItsStatus_AndShowsWhenItIsChosen()
    {
        CredentialStatus? chosen = null;
        var cut = Render<StaffStatusCards>(p => p.Add(c => c.Rows, Rows).Add(c => c.Filter, StaffFilter.All)
            .Add(c => c.OnChoose, s => chosen = s));

        cut.Find("button[data-status-card=InGrace]").Click();
        cut.Render(p => p.Add(c => c.Filter, StaffCounts.Toggle(StaffFilter.All, CredentialStatus.InGrace)));

        Assert.Equal(CredentialStatus.InGrace, chosen);
        Assert.Equal("true", cut.Find("[data-status-card=InGrace]").GetAttribute("aria-pressed"));
        Assert.All(cut.FindAll("[data-status-card]:not([data-status-card=InGrace])"), b => Assert.Equal("false", b.GetAttribute("aria-pressed")));
    }

}
