using System.Text;
using CmaRenewal.Application;
using CmaRenewal.Application.Exports;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.UnitTests.Application.StaffCompliance;

namespace CmaRenewal.UnitTests.Application.Exports;

/// <summary>The staff page's exports: the grid's button is the compliance export with the grid's filters applied.</summary>
public sealed class ComplianceExportFileTests(StaffGridWorld world) : IClassFixture<StaffGridWorld>
{
    private const string Riverside = "Riverside Family Medicine", Lakeside = "Lakeside Pediatrics";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AccessScope> ManagerOfAsync(string clinic) =>
        new(0, PersonRole.Manager, new HashSet<long> { await world.ClinicIdAsync(clinic) });

    private async Task<string[]> CsvAsync(AccessScope actor, StaffFilter filter, DateOnly? asOf)
    {
        var result = await world.ExportFile().HandleAsync(actor, new ComplianceExportRequest("csv", false, filter, asOf), Ct);
        Assert.True(result.IsDone, result.Message);
        return Encoding.UTF8.GetString(result.Value!.Content.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task AnAssistant_IsForbidden_AndAnotherManagersClinic_IsNotFound()
    {
        var assistant = new AccessScope(0, PersonRole.Assistant, new HashSet<long>());
        var lakeside = await world.ClinicIdAsync(Lakeside);

        var forbidden = await world.ExportFile().HandleAsync(assistant, new ComplianceExportRequest("csv", false, StaffFilter.All, world.Today), Ct);
        var notFound = await world.ExportFile().HandleAsync(await ManagerOfAsync(Riverside),
            new ComplianceExportRequest("csv", false, new StaffFilter(lakeside), world.Today), Ct);

        Assert.Equal(UseCaseOutcome.Forbidden, forbidden.Outcome);
        Assert.Equal(UseCaseOutcome.NotFound, notFound.Outcome);
    }

    [Fact]
    public async Task TheGridsFilter_KeepsTheGridsRows_InTheComplianceColumnsAndSpellings()
    {
        var manager = await ManagerOfAsync(Riverside);
        var grid = (await world.Handler().HandleAsync(manager, new StaffGridRequest(AsOf: world.Today), Ct)).Value!;
        var filter = new StaffFilter(Statuses: [.. grid.Rows.Select(r => r.Status).Distinct().Order().Skip(1)]);

        var everything = await CsvAsync(manager, StaffFilter.All, world.Today);
        var filtered = await CsvAsync(manager, filter, world.Today);

        var kept = grid.Rows.Where(filter.Matches).ToList();
        Assert.NotEmpty(kept);
        Assert.True(kept.Count < grid.Rows.Count, "The filter should leave some rows out.");
        Assert.Equal(string.Join(',', ComplianceExportColumns.Names), filtered[0]);
        Assert.Equal(everything[0], filtered[0]);
        // The same lines as the whole export, in its order, only those the grid keeps; statuses spelled as the enum.
        var status = Array.IndexOf(ComplianceExportColumns.Names, "status");
        Assert.Equal(everything.Skip(1).Where(l => filter.Statuses!.Contains(Enum.Parse<CredentialStatus>(l.Split(',')[status]))), filtered.Skip(1));
        Assert.Equal(kept.Select(r => r.Email).Order(StringComparer.Ordinal), filtered.Skip(1).Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchAndCredentialFilters_ApplyToThePivotToo()
    {
        var manager = await ManagerOfAsync(Riverside);

        var result = await world.ExportFile().HandleAsync(manager,
            new ComplianceExportRequest("csv", true, new StaffFilter(PackCode: "ccma-nha", Search: "KHAN"), world.Today), Ct);

        var lines = Encoding.UTF8.GetString(result.Value!.Content.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("email,name,CCMA-NHA", lines[0]);
        Assert.StartsWith("aisha.khan@", Assert.Single(lines.Skip(1)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutADate_TheExportIsForTheActorsToday()
    {
        var rachel = await world.PersonIdAsync(DemoPeople.Rachel);
        var manager = new AccessScope(rachel, PersonRole.Manager, new HashSet<long> { await world.ClinicIdAsync(Riverside) });

        var result = await world.ExportFile().HandleAsync(manager, new ComplianceExportRequest("csv", false, StaffFilter.All, null), Ct);

        var today = world.Engine.TodayIn(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal($"compliance-{today:yyyy-MM-dd}.csv", result.Value!.FileName);
    }
}
