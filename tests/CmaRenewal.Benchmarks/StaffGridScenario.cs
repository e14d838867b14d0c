using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.Benchmarks;

/// <summary>
/// The staff grid's server time for a manager of clinic 1: the first load (the OpenStaffGrid use case: clinics,
/// verdicts and last activity dates in one DbContext, then the first sorted, filtered page), and a later page turn
/// served from the page's cached rows.
/// </summary>
internal static class StaffGridScenario
{
    public static async Task<int> RunAsync(string db)
    {
        using var host = BenchHost.Create(db);
        await using var scope = host.Services.CreateAsyncScope();
        var clock = ActivatorUtilities.CreateInstance<PersonClock>(scope.ServiceProvider);
        var grid = ActivatorUtilities.CreateInstance<OpenStaffGrid>(scope.ServiceProvider, clock);
        var manager = new AccessScope(0, PersonRole.Manager, new HashSet<long> { 1 });
        var filter = new StaffFilter(ClinicId: 1, Statuses: [CredentialStatus.AtRisk, CredentialStatus.DueSoon, CredentialStatus.Overdue]);

        var (first, page) = await Measure.MedianAsync(30, 20, async () =>
        {
            var rows = (await grid.HandleAsync(manager, new StaffGridRequest(1, BenchSettings.AsOf), CancellationToken.None)).Value?.Rows ?? [];
            return (Rows: rows, First: StaffPaging.Page(rows, filter, nameof(StaffRow.ExpiresOn), false, 0, 25));
        });
        var people = page.Rows.Select(r => r.PersonId).Distinct().Count();
        Measure.Print($"staff grid, clinic of {people} people ({page.Rows.Count} credentials), first page", first, "< 300 ms",
            $"{page.First.TotalItems} rows match; median of 20");
        var (turn, _) = await Measure.MedianAsync(30, 20, () =>
            Task.FromResult(StaffPaging.Page(page.Rows, StaffFilter.All with { Search = "a" }, nameof(StaffRow.PersonName), true, 3, 25)));
        Measure.Print("staff grid, page turn / re-sort from cached rows", turn, "< 300 ms", "median of 20");
        Measure.PrintPeakMemory("staff grid");
        return 0;
    }
}
