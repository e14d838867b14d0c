using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Demo;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.IntegrationTests.Compliance;

public abstract class SmallDemoTests(DatabaseProvider provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("2026-11-27")]
    [InlineData("2027-02-28")]
    [InlineData("2028-02-29")]
    [InlineData("2026-01-01")]
    public async Task SmallDemo_ShowsEveryStatus_WheneverItIsSeeded(string today)
    {
        await using var database = await TestDatabases.CreateAsync(provider, Assert.Skip, Ct);
        var clock = new FakeTimeProvider(new DateTimeOffset(Dates.D(today), TimeOnly.MinValue, TimeSpan.Zero));

        var seeded = await Seeder(database, clock).SeedAsync(DemoSize.Small, Ct);
        var rows = await Queries(database).EvaluateAsync(ComplianceScope.Organization, Dates.D(today), Ct);
        var missing = await Queries(database).MissingAsync(ComplianceScope.Organization, Ct);

        Assert.True(seeded.Seeded);
        Assert.Equal(Enum.GetValues<CredentialStatus>().Order(),
            rows.Select(r => r.Result.Status).Concat(missing.Select(_ => CredentialStatus.Missing)).Distinct().Order());
    }

    [Fact]
    public async Task SeedingTwice_IsRefused_AndChangesNothing()
    {
        await using var database = await TestDatabases.CreateAsync(provider, Assert.Skip, Ct);
        await Seeder(database).SeedAsync(DemoSize.Small, Ct);
        await using var before = database.CreateContext();
        var activities = await before.CeActivities.CountAsync(Ct);

        var second = await Seeder(database).SeedAsync(DemoSize.Small, Ct);

        await using var after = database.CreateContext();
        Assert.False(second.Seeded);
        Assert.Equal(activities, await after.CeActivities.CountAsync(Ct));
    }

    [Fact]
    public async Task SqlTotals_GiveTheSameVerdictsAsLoadingEveryActivity()
    {
        await using var database = await TestDatabases.CreateAsync(provider, Assert.Skip, Ct);
        await Seeder(database).SeedAsync(DemoSize.Small, Ct);
        var asOf = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);

        var summed = await Queries(database).EvaluateAsync(ComplianceScope.Organization, asOf, Ct);

        await using var db = database.CreateContext();
        var engine = new ComplianceEngine(Packs.Shipped, database.Clock);
        foreach (var row in summed)
        {
            var credential = await db.Credentials.Include(c => c.Renewals).SingleAsync(c => c.Id == row.CredentialId, Ct);
            var activities = await db.CeActivities.Include(a => a.Splits).Include(a => a.CountsToward)
                .Where(a => a.CountsToward.Any(l => l.CredentialId == row.CredentialId)).ToListAsync(Ct);
            var payments = await db.FeePayments.Where(p => p.CredentialId == row.CredentialId).ToListAsync(Ct);

            var detailed = engine.Evaluate(credential.ToFacts(clinicLeadTimeDays: null), activities.Select(a => a.ToFacts(row.CredentialId)),
                payments.Select(p => p.ToFacts()), asOf);

            Assert.Equal(detailed.Status, row.Result.Status);
            Assert.Equal(detailed.StillNeed.Summary, row.Result.StillNeed.Summary);
            Assert.Equal(detailed.Fee, row.Result.Fee);
        }
    }

    [Fact]
    public async Task ClinicScope_OnlyReturnsThatClinicsCredentials()
    {
        await using var database = await TestDatabases.CreateAsync(provider, Assert.Skip, Ct);
        await Seeder(database).SeedAsync(DemoSize.Small, Ct);

        var rows = await Queries(database).EvaluateAsync(ComplianceScope.Clinic(2), Dates.D("2026-11-27"), Ct);

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(2, r.ClinicId));
    }

    private static DemoSeeder Seeder(TestDatabase database, TimeProvider? clock = null) =>
        new(new OptionsDbContextFactory(database.Options()), Packs.Shipped, clock ?? database.Clock);

    private static ComplianceQueries Queries(TestDatabase database) =>
        new(new OptionsDbContextFactory(database.Options()), new ComplianceEngine(Packs.Shipped, database.Clock));
}

public sealed class SmallDemoTestsOnSqlite() : SmallDemoTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class SmallDemoTestsOnSqlServer() : SmallDemoTests(DatabaseProvider.SqlServer);
