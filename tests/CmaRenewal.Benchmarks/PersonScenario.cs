using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CmaRenewal.Benchmarks;

/// <summary>
/// The assistant's home page: one person's credentials, payments and every activity, each credential run through the
/// engine's detail path. Measured for the person of the large data set with the most activities (the worst case).
/// </summary>
internal static class PersonScenario
{
    public static async Task<int> RunAsync(string db)
    {
        using var host = BenchHost.Create(db);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var factory = services.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        var query = new PersonDetailQuery(factory, services.GetRequiredService<ComplianceEngine>(), services.GetRequiredService<RuleCatalog>());
        long personId;
        await using (var context = await factory.CreateDbContextAsync())
        {
            personId = await context.CeActivities.GroupBy(a => a.PersonId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        }
        var admin = new AccessScope(1, PersonRole.Admin, new HashSet<long>());
        var (median, opened) = await Measure.MedianAsync(30, 20, () => query.OpenAsync(admin, new PersonDetailRequest(personId), CancellationToken.None));
        var view = opened.Value!;
        Measure.Print($"person page data ({view.Credentials.Count} credentials, {view.History.Total} activities, {view.History.Items.Count} on the first page)", median, "< 100 ms",
            "median of 20 after 30 warm-up runs");
        Measure.PrintPeakMemory("person");
        return 0;
    }
}
