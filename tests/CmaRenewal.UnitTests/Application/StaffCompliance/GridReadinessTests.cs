using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.TestKit.Persistence;

namespace CmaRenewal.UnitTests.Application.StaffCompliance;

/// <summary>
/// The grid's audit readiness is read lean (only the CE that can count or be found outside the window, no titles), the
/// drill's in full: on every credential of the small demo, judged on the same day, both give the same counts.
/// </summary>
public sealed class GridReadinessTests(StaffGridWorld world) : IClassFixture<StaffGridWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GridReadiness_EqualsTheDrillsFindingsCounted_ForEveryCredential()
    {
        var admin = new AccessScope(0, PersonRole.Admin, new HashSet<long>());
        var factory = new OptionsDbContextFactory(world.Database.Options());
        var drill = (await new PersonDetailQuery(factory, world.Engine, Packs.Shipped).DrillAsync(admin, null, Ct)).Value!;

        foreach (var day in drill.GroupBy(r => r.AsOf))
        {
            var grid = (await world.Handler().HandleAsync(admin, new StaffGridRequest(null, day.Key), Ct)).Value!.Rows
                .Where(r => r.CredentialId != 0).ToDictionary(r => r.CredentialId, r => r.Readiness);
            Assert.All(day, row => Assert.Equal((row.CredentialId, row.Readiness), (row.CredentialId, grid[row.CredentialId])));
        }
        // The demo has missing certificates, unverified CE and short approved shares, so the comparison is not between two
        // empty answers (outside-window entries are pinned by the drill's own tests).
        Assert.Contains(drill, r => r.Readiness.MissingCertificates > 0);
        Assert.Contains(drill, r => r.Readiness.Unverified > 0);
        Assert.Contains(drill, r => r.Readiness.ApprovedShareTooLow > 0);
    }
}
