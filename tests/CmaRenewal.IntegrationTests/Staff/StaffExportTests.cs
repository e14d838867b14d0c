using System.Globalization;
using System.Net;
using System.Text;
using CmaRenewal.Application.Exports;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using MiniExcelLibs;

namespace CmaRenewal.IntegrationTests.Staff;

[Collection(SharedApp.Collection)]
public sealed class StaffExportTests(SharedApp shared)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Csv_ForAManager_HasTheHeaderAndOnlyTheirClinicsRows()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Rachel);

        var response = await client.GetAsync(new Uri("/staff/export.csv", UriKind.Relative), Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(string.Join(',', ComplianceExportColumns.Names), lines[0]);
        Assert.Equal(8, lines.Length); // Riverside's six credentials and Liam's Missing row
        Assert.DoesNotContain(lines, l => l.StartsWith("tom.nguyen@", StringComparison.Ordinal));
        var aisha = Assert.Single(lines, l => l.StartsWith("aisha.khan@", StringComparison.Ordinal));
        Assert.Matches(@",CCMA-NHA,[^,]*,AtRisk,\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2},[^,]*,10,2,8,", aisha);
    }

    [Fact]
    public async Task Csv_FiltersByStatus()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Rachel);

        var csv = await client.GetStringAsync(new Uri("/staff/export.csv?clinic=1&status=AtRisk", UriKind.Relative), Ct);

        var row = Assert.Single(csv.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries).Skip(1));
        Assert.StartsWith("aisha.khan@", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task TheGridButton_AndTheComplianceMenu_GiveTheSameFile_ForTheSameClinicAndDay(string format)
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Rachel);

        var grid = await client.GetByteArrayAsync(new Uri($"/staff/export.{format}?clinic=1&asOf=2026-06-15", UriKind.Relative), Ct);
        var compliance = await client.GetByteArrayAsync(new Uri($"/staff/compliance.{format}?clinic=1&asOf=2026-06-15", UriKind.Relative), Ct);

        var gridRows = Sheet(format, grid);
        Assert.Equal(ComplianceExportColumns.Names, gridRows[0]);
        Assert.Equal(Sheet(format, compliance), gridRows);
    }

    // Cells as text, the header first: CSV split on commas (the demo has none inside cells), a workbook read by MiniExcel.
    private static List<string?[]> Sheet(string format, byte[] bytes) => format == "csv"
        ? [.. Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(','))]
        : [.. MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)).ToArray())];

    [Theory]
    [InlineData("/staff/export.csv?clinic=2")]
    [InlineData("/staff/export.xlsx?clinic=2")]
    [InlineData("/staff/export.csv?clinic=999")]
    public async Task AnotherManagersClinic_IsNotFound_AndReturnsNoData(string url)
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Rachel);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("Tom Nguyen", body, StringComparison.Ordinal);
        Assert.DoesNotContain("tom.nguyen@", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assistant_GetsNoExport()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Maria);

        var response = await client.GetAsync(new Uri("/staff/export.csv", UriKind.Relative), Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("@demo", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_IsAWorkbook()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Victor);

        var response = await client.GetAsync(new Uri("/staff/export.xlsx?clinic=2&asOf=2030-01-01", UriKind.Relative), Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task BadDate_IsABadRequestWithAMessage()
    {
        var app = shared.App;
        using var client = await app.SignedInAsync(DemoPeople.Rachel);

        var response = await client.GetAsync(new Uri("/staff/export.csv?asOf=tomorrow", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY-MM-DD", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
