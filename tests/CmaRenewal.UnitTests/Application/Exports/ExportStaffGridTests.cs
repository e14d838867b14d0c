using CmaRenewal.Application;
using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.Exports;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.UnitTests.Application.StaffCompliance;

namespace CmaRenewal.UnitTests.Application.Exports;

public sealed class ExportStaffGridTests(StaffGridWorld world) : IClassFixture<StaffGridWorld>
{
    private const string Riverside = "Riverside Family Medicine", Lakeside = "Lakeside Pediatrics";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ExportStaffGrid Handler() => new(world.Handler());

    private async Task<AccessScope> ManagerOfAsync(string clinic) =>
        new(0, PersonRole.Manager, new HashSet<long> { await world.ClinicIdAsync(clinic) });

    [Fact]
    public async Task AnAssistant_IsForbidden_AndAnotherManagersClinic_IsNotFound()
    {
        var assistant = new AccessScope(0, PersonRole.Assistant, new HashSet<long>());
        var lakeside = await world.ClinicIdAsync(Lakeside);

        var forbidden = await Handler().HandleAsync(assistant, new StaffExportRequest(StaffFilter.All, world.Today), Ct);
        var notFound = await Handler().HandleAsync(await ManagerOfAsync(Riverside), new StaffExportRequest(new StaffFilter(lakeside), world.Today), Ct);

        Assert.Equal(UseCaseOutcome.Forbidden, forbidden.Outcome);
        Assert.Equal(UseCaseOutcome.NotFound, notFound.Outcome);
    }

    [Fact]
    public async Task Rows_AreTheGridsFilteredRows_MostUrgentFirst_InExportColumns()
    {
        var manager = await ManagerOfAsync(Riverside);
        var grid = (await world.Handler().HandleAsync(manager, new StaffGridRequest(AsOf: world.Today), Ct)).Value!;
        var filter = new StaffFilter(Statuses: [.. grid.Rows.Select(r => r.Status).Distinct().Order().Skip(1)]);

        var export = (await Handler().HandleAsync(manager, new StaffExportRequest(filter, world.Today), Ct)).Value!;

        var expected = grid.Rows.Where(filter.Matches)
            .OrderBy(r => r.Status).ThenBy(r => r.PersonName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.CredentialId).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < grid.Rows.Count, "The filter should leave some rows out.");
        Assert.Equal(world.Today, export.AsOf);
        Assert.Equal(expected.Select(r => (object?)r.Email), export.Rows.Select(r => r[0]));
        Assert.Equal(expected.Select(r => (object?)ComplianceWording.Status(r.Status)), export.Rows.Select(r => r[5]));
    }

    [Fact]
    public async Task WithoutADate_TheExportIsForTheActorsToday()
    {
        var rachel = await world.PersonIdAsync(DemoPeople.Rachel);
        var manager = new AccessScope(rachel, PersonRole.Manager, new HashSet<long> { await world.ClinicIdAsync(Riverside) });

        var export = (await Handler().HandleAsync(manager, new StaffExportRequest(StaffFilter.All, null), Ct)).Value!;

        Assert.Equal(world.Engine.TodayIn(TimeZoneInfo.FindSystemTimeZoneById("America/New_York")), export.AsOf);
    }
}
