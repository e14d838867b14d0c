using CmaRenewal.Application.Compliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Web.Components.Shared;

namespace CmaRenewal.ComponentTests.Shared;

public sealed class StatusLegendTests : MudBlazorTestContext
{
    [Fact]
    public void EveryStatus_IsListedInTheEnginesOrder_WithItsChipAndMeaning()
    {
        var cut = Render<StatusLegend>();

        var entries = cut.FindAll("[data-legend]");
        Assert.Equal(Enum.GetValues<CredentialStatus>().Select(s => s.ToString()), entries.Select(e => e.GetAttribute("data-legend")));
        Assert.All(entries, entry =>
        {
            var status = Enum.Parse<CredentialStatus>(entry.GetAttribute("data-legend")!);
            Assert.Equal(status.ToString(), entry.QuerySelector("dt [data-status]")!.GetAttribute("data-status"));
            Assert.Equal(ComplianceWording.Meaning(status), entry.QuerySelector("dd")!.TextContent.Trim());
        });
    }

    [Fact]
    public void TheLegendsChips_HaveNoTooltip_ItsMeaningIsWrittenBesideThem()
    {
        var cut = Render<StatusLegend>();

        Assert.Equal(Enum.GetValues<CredentialStatus>().Length, cut.FindAll(".mud-chip[data-status]").Count);
        Assert.Empty(cut.FindComponents<MudTooltip>());
    }

    [Fact]
    public void Missing_OpensTheLegend_ThenLapsed_TheMostSevereStatuses()
    {
        var cut = Render<StatusLegend>();

        Assert.Equal(["Missing", "Lapsed"], cut.FindAll("[data-legend]").Take(2).Select(e => e.GetAttribute("data-legend")));
    }
}
