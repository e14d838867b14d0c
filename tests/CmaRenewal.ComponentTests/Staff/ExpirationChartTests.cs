using CmaRenewal.Application.Localization;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Web.Features.Staff;

namespace CmaRenewal.ComponentTests.Staff;

public sealed class ExpirationChartTests : MudBlazorTestContext
{
    [Fact]
    public void NothingExpiringInTheYear_IsSaidInWords_InsteadOfAnEmptyChart()
    {
        // The AAMA credential expires 2025-03-31: outside the twelve months from 2026-01.
        var cut = Render<ExpirationChart>(p => p.Add(c => c.Rows, [Row("2022-06-01")]).Add(c => c.AsOf, Dates.D("2026-01-15")));

        Assert.Equal("Nothing expires in the next 12 months (Jan 26 to Dec 26).", cut.Find("[data-testid=expiration-chart-empty]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=expiration-chart]"));
    }

    [Fact]
    public void ACredentialExpiringInTheYear_IsCharted_OnAnAxisScaledToTheCount()
    {
        var cut = Render<ExpirationChart>(p => p.Add(c => c.Rows, [Row("2022-06-01"), Row("2022-06-01")]).Add(c => c.AsOf, Dates.D("2025-01-15")));

        var chart = cut.FindComponent<MudChart<double>>().Instance;
        Assert.Equal([0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0], chart.ChartSeries[0].Data.Values);
        Assert.Equal(1, Assert.IsType<BarChartOptions>(chart.ChartOptions).YAxisTicks);
        Assert.Empty(cut.FindAll("[data-testid=expiration-chart-empty]"));
    }

    [Fact]
    public void InSpanish_TheTitleAndMonthsReadInSpanish()
    {
        using (AppCulture.Use("es"))
        {
            var cut = Render<ExpirationChart>(p => p.Add(c => c.Rows, [Row("2022-06-01")]).Add(c => c.AsOf, Dates.D("2026-01-15")));

            Assert.Equal("Vencimientos por mes, próximos 12 meses", cut.Find("h2").TextContent.Trim());
            Assert.Equal("Nada vence en los próximos 12 meses (de ene 26 a dic 26).", cut.Find("[data-testid=expiration-chart-empty]").TextContent.Trim());
        }
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(40, 8)]
    public void TheTick_GivesAboutFiveWholeSteps(int busiest, int tick) => Assert.Equal(tick, ExpirationChart.TickFor(busiest));

    private static StaffRow Row(string asOf) => StaffRows.Aama(asOf);
}
