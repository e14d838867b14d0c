using CmaRenewal.Application.AuditPacks;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Benchmarks;

/// <summary>
/// The audit drill for one clinic of the large data set (every credential through the engine's detail path), and the
/// audit pack (transcript PDF and manifest) of the credential with the most activities.
/// </summary>
internal static class AuditPackScenario
{
    public static async Task<int> RunAsync(string db)
    {
        using var host = BenchHost.Create(db);
        var services = host.Services;
        var factory = services.GetRequiredService<IDbContextFactory<CmaRenewalDbContext>>();
        var engine = services.GetRequiredService<ComplianceEngine>();
        var admin = new AccessScope(1, PersonRole.Admin, new HashSet<long>());
        var query = new PersonDetailQuery(factory, engine, services.GetRequiredService<RuleCatalog>());
        var (drillTime, drilled) = await Measure.MedianAsync(3, 10, () => query.DrillAsync(admin, 1, CancellationToken.None));
        var rows = drilled.Value!;
        Measure.Print($"audit drill, one clinic ({rows.Count} credentials, {rows.Sum(r => r.Findings.Count)} findings)", drillTime, "< 1 s",
            "median of 10 after 3 warm-up runs");

        long credentialId;
        await using (var context = await factory.CreateDbContextAsync())
        {
            credentialId = await context.CeActivityCredentials.GroupBy(l => l.CredentialId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        }
        var store = new FileCertificateStore(services.GetRequiredService<IOptions<StorageOptions>>());
        var builder = new AuditPackBuilder(query, store, services.GetRequiredService<TimeProvider>());
        var (packTime, size) = await Measure.MedianAsync(3, 10, async () =>
        {
            using var output = new MemoryStream();
            await builder.WriteAsync(admin, credentialId, null, output, CancellationToken.None);
            return output.Length;
        });
        var evidence = (await builder.FindAsync(admin, credentialId, null, CancellationToken.None)).Value;
        Measure.Print($"audit pack, busiest credential ({evidence!.Counted.Count} counted activities, {size / 1024} KiB)", packTime, "< 1 s",
            "median of 10 after 3 warm-up runs");
        Measure.PrintPeakMemory("auditpack");
        return 0;
    }
}
