using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Web.Features.Staff;

namespace CmaRenewal.ComponentTests.Staff;

/// <summary>The filter bar's selects hold their items only while open, and say their value while closed.</summary>
public sealed class StaffFilterBarTests : MudBlazorTestContext
{
    private IRenderedComponent<StaffFilterBar> RenderBar(StaffFilter filter) => Render<StaffFilterBar>(p => p
        .Add(b => b.Clinics, [new ClinicChoice(1, "Riverside"), new ClinicChoice(2, "Lakeside")])
        .Add(b => b.Packs, ["CMA-AAMA", "BLS-AHA"])
        .Add(b => b.Filter, filter)
        .Add(b => b.AsOf, new DateOnly(2026, 12, 7))
        .Add(b => b.AllowAllClinics, true));

    [Fact]
    public void Closed_TheSelectsHaveNoItems_ButShowTheirValues()
    {
        var cut = RenderBar(new StaffFilter(ClinicId: 2, Statuses: [CredentialStatus.AtRisk]));

        Assert.Empty(cut.FindComponents<MudSelectItem<long?>>());
        Assert.Empty(cut.FindComponents<MudSelectItem<CredentialStatus>>());
        Assert.Empty(cut.FindComponents<MudSelectItem<string>>());
        Assert.Contains("Lakeside", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("At risk", cut.Find("input[data-testid=status-filter]").GetAttribute("value"));
        Assert.Equal("2026-12-07", cut.Find("input[data-testid=as-of]").GetAttribute("value"));
    }

    [Fact]
    public void AnAsOfDate_IsHandedUp_AndAPartialOneIsIgnored()
    {
        var dates = new List<DateOnly>();
        var cut = Render<StaffFilterBar>(p => p.Add(b => b.Clinics, [new ClinicChoice(1, "Riverside")]).Add(b => b.Packs, [])
            .Add(b => b.Filter, StaffFilter.All).Add(b => b.AsOf, new DateOnly(2026, 12, 7)).Add(b => b.AsOfChanged, d => dates.Add(d)));

        cut.Find("input[data-testid=as-of]").Change("2027-01-31");
        cut.Find("input[data-testid=as-of]").Change("");

        Assert.Equal([new DateOnly(2027, 1, 31)], dates);
    }
}
