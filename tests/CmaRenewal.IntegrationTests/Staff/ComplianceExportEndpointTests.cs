using System.Net;
using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using MiniExcelLibs;

namespace CmaRenewal.IntegrationTests.Staff;

/// <summary>The staff page's compliance-export buttons: the contract's columns, the pivot, and the manager's clinics only.</summary>
[Collection(SharedApp.Collection)]
public sealed class ComplianceExportEndpointTests(SharedApp shared)
{
    private const string Header =
        "email,credential,number,status,expires_on,ce_due_on,fee_due_on,required,earned,still_need,still_need_by_category,still_need_approved,rule_note,"
        + "audit_ready,audit_gaps";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string[]> LinesAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsStringAsync(Ct)).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task PerCredential_ForAManager_HasTheContractHeader_AndOnlyTheirClinicsPeople()
    {
        var app = shared.App;
        using var rachel = await app.SignedInAsync(DemoPeople.Rachel);
        using var ada = await app.SignedInAsync(DemoPeople.Ada);

        var mine = await LinesAsync(rachel, "/staff/compliance.csv?asOf=2026-06-15");
        var everyone = await LinesAsync(ada, "/staff/compliance.csv?asOf=2026-06-15");

        Assert.Equal(Header, mine[0]);
        Assert.Equal(Header, everyone[0]);
        Assert.Contains(mine, l => l.StartsWith(DemoPeople.Maria + ",", StringComparison.Ordinal));
        Assert.DoesNotContain(mine, l => l.StartsWith(DemoPeople.Tom + ",", StringComparison.Ordinal));
        Assert.Contains(everyone, l => l.StartsWith(DemoPeople.Tom + ",", StringComparison.Ordinal));
        Assert.Subset(everyone.ToHashSet(), mine.ToHashSet());
        // Header plus one row per credential: Riverside's six (Maria 2, James, Aisha, Liam 2) of the demo's fifteen, and
        // the Missing rows of Liam (Riverside) and Noah (Mesa).
        Assert.Equal((8, 18), (mine.Length, everyone.Length));
    }

    [Fact]
    public async Task Pivot_HasOneRowPerPerson_AndEachCellIsThatCredentialsStatus()
    {
        var app = shared.App;
        using var ada = await app.SignedInAsync(DemoPeople.Ada);

        var rows = (await LinesAsync(ada, "/staff/compliance.csv?asOf=2026-06-15")).Skip(1).Select(l => l.Split(',')).ToList();
        var pivot = (await LinesAsync(ada, "/staff/compliance-pivot.csv?asOf=2026-06-15")).Select(l => l.Split(',')).ToList();

        var header = pivot[0];
        Assert.Equal(["email", "name"], header[..2]);
        Assert.Equal(rows.Select(r => r[1]).Distinct().Order(StringComparer.Ordinal), header[2..]);
        Assert.Equal(rows.Select(r => r[0]).Distinct().Count(), pivot.Count - 1);
        foreach (var person in pivot.Skip(1))
        {
            for (var column = 2; column < header.Length; column++)
            {
                var held = rows.Where(r => r[0] == person[0] && r[1] == header[column]).Select(r => r[3]).ToList();
                if (held.Count == 0) Assert.Equal("", person[column]);
                else Assert.Contains(person[column], held);
            }
        }
    }

    [Fact]
    public async Task Xlsx_OpensWithTheSameRowsAsTheCsv()
    {
        var app = shared.App;
        using var rachel = await app.SignedInAsync(DemoPeople.Rachel);

        var csv = await LinesAsync(rachel, "/staff/compliance-pivot.csv?asOf=2026-06-15");
        var bytes = await rachel.GetByteArrayAsync(new Uri("/staff/compliance-pivot.xlsx?asOf=2026-06-15", UriKind.Relative), Ct);

        var sheet = (await MiniExcel.QueryAsync(new MemoryStream(bytes), useHeaderRow: true, cancellationToken: Ct)).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(csv.Length - 1, sheet.Count);
        Assert.Equal(csv[0].Split(','), sheet[0].Keys);
    }

    [Theory]
    [InlineData("/staff/compliance.csv?clinic=2")]
    [InlineData("/staff/compliance-pivot.xlsx?clinic=2")]
    [InlineData("/staff/compliance.csv?clinic=999")]
    public async Task AnotherManagersClinic_IsNotFound(string url)
    {
        var app = shared.App;
        using var rachel = await app.SignedInAsync(DemoPeople.Rachel);

        var response = await rachel.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AMistypedDate_IsABadRequest_SayingSo()
    {
        var app = shared.App;
        using var rachel = await app.SignedInAsync(DemoPeople.Rachel);

        var response = await rachel.GetAsync(new Uri("/staff/compliance.csv?asOf=15/06/2026", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY-MM-DD", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
