using CmaRenewal.Application.Imports;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.Imports;

/// <summary>What a real run writes: all or nothing, the valid rows with --skip-invalid, nothing twice, and an audit entry.</summary>
public abstract class ImportWritingTests(DatabaseProvider provider) : IAsyncLifetime
{
    private ImportWorld world = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await ImportWorld.CreateAsync(provider, Ct);

    // The SQL Server variant may have skipped before it had a world.
    public ValueTask DisposeAsync() => world?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static readonly string Activities = ImportWorld.Csv(ImportWorld.ActivitiesHeader,
        "ana.lopez@example.org,2026-01-10,Asthma care,AAMA,2,aama-ceu,clinical,yes,",
        "ana.lopez@example.org,2026-01-11,Coding basics,AMT,3,amt-point,,no,",
        "ben@example.org,2026-01-12,Phlebotomy,NHA,1.5,clock-hour,,yes,RMA-AMT",
        "ben@example.org,2026-01-13,Bad date,NHA,1,clock-hour,,yes,RMA-AMT".Replace("2026-01-13", "13/01/2026", StringComparison.Ordinal),
        "ana.lopez@example.org,2026-01-14,Bad unit,AAMA,1,parsecs,,yes,");

    private async Task<int> CountAsync()
    {
        await using var db = world.Database.CreateContext();
        return await db.CeActivities.CountAsync(Ct);
    }

    [Fact]
    public async Task DryRun_CountsButWritesNothing()
    {
        var report = await world.RunAsync(ImportKind.Activities, Activities, dryRun: true, skipInvalid: true);

        Assert.Equal((5, 3, 0, 0, 2), (report.Rows, report.Created, report.Updated, report.Unchanged, report.Skipped));
        Assert.False(report.Written);
        Assert.Equal(0, await CountAsync());
        await using var db = world.Database.CreateContext();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityType == "CsvImport", Ct));
    }

    [Fact]
    public async Task RealRun_WithProblems_WritesNothing()
    {
        var report = await world.RunAsync(ImportKind.Activities, Activities);

        Assert.False(report.Written);
        Assert.Equal([5, 6], report.Problems.Select(p => p.Line));
        Assert.Equal(0, await CountAsync());
        Assert.Contains("nothing written", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipInvalid_WritesTheValidRows_AndNamesTheSkippedLines()
    {
        var report = await world.RunAsync(ImportKind.Activities, Activities, skipInvalid: true);

        Assert.True(report.Written);
        Assert.Equal([5, 6], report.SkippedLines);
        Assert.Equal("activities: 5 rows, 3 created, 0 updated, 0 unchanged, 2 skipped (skipped lines: 5, 6).", report.Summary);
        Assert.Equal(3, await CountAsync());
    }

    [Fact]
    public async Task ImportedActivities_CountTowardTheCredentialsThatAcceptTheirUnit_LikeTheForm()
    {
        await world.RunAsync(ImportKind.Activities, Activities, skipInvalid: true);

        await using var db = world.Database.CreateContext();
        var links = await db.CeActivities.AsNoTracking().Include(a => a.CountsToward)
            .ToDictionaryAsync(a => a.Title, a => a.CountsToward.Select(l => l.CredentialId).Order().ToArray(), Ct);
        // AAMA CEUs count for both of Ana's credentials; AMT points only for her RMA; Ben's row names his RMA.
        Assert.Equal(new[] { world.AnaAama, world.AnaAmt }.Order(), links["Asthma care"]);
        Assert.Equal([world.AnaAmt], links["Coding basics"]);
        Assert.Equal([world.BenAmt], links["Phlebotomy"]);
        var asthma = await db.CeActivities.AsNoTracking().SingleAsync(a => a.Title == "Asthma care", Ct);
        Assert.Equal((200L, "aama-ceu", "clinical", true, VerificationStatus.Unverified),
            (asthma.AmountHundredths, asthma.Unit, asthma.Category, asthma.IsApprovedProvider, asthma.Verification));
        Assert.Equal(new DateOnly(2026, 1, 10), (await db.CeActivityCredentials.FirstAsync(l => l.ActivityId == asthma.Id, Ct)).CompletedOn);
    }

    [Fact]
    public async Task ImportedActivities_AreReadByEfAndCanBeEdited()
    {
        await world.RunAsync(ImportKind.Activities, Activities, skipInvalid: true);

        await using var db = world.Database.CreateContext();
        var activity = await db.CeActivities.Include(a => a.CountsToward).SingleAsync(a => a.Title == "Phlebotomy", Ct);
        activity.Verify("checked");
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task ReimportingTheSameFile_ChangesNothing()
    {
        await world.RunAsync(ImportKind.Activities, Activities, skipInvalid: true);

        var again = await world.RunAsync(ImportKind.Activities, Activities, skipInvalid: true);

        Assert.Equal((0, 0, 3, 2), (again.Created, again.Updated, again.Unchanged, again.Skipped));
        Assert.Equal(3, await CountAsync());
        await using var db = world.Database.CreateContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.EntityType == "CsvImport", Ct));
    }

    [Fact]
    public async Task RealRun_LeavesOneSummaryAuditEntry()
    {
        await world.RunAsync(ImportKind.Activities, Activities, skipInvalid: true);

        await using var db = world.Database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == "CsvImport", Ct);
        Assert.Equal(("activities:test.csv", "test.user@example.org"), (entry.EntityId, entry.Actor));
        Assert.Contains("\"Created\":3", entry.AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_AreCreatedAndUpdated_AndAReimportIsUnchanged()
    {
        var csv = ImportWorld.Csv(ImportWorld.PeopleHeader,
            "kim@example.org,Kim,Lee,Lakeside Family Clinic,Assistant,",
            "BEN@example.org,Benjamin,Okafor,Mesa Urgent Care,Manager,America/Denver",
            "ana.lopez@example.org,Ana,Lopez,Lakeside Family Clinic,Assistant,",
            "sam@example.org,Sam,Ito,Harbor Clinic,Assistant,America/Los_Angeles");

        var first = await world.RunAsync(ImportKind.People, csv);
        var second = await world.RunAsync(ImportKind.People, csv);

        Assert.Equal((2, 1, 1, 0), (first.Created, first.Updated, first.Unchanged, first.Skipped));
        Assert.True(first.Written);
        Assert.Equal((0, 0, 4), (second.Created, second.Updated, second.Unchanged));
        await using var db = world.Database.CreateContext();
        var ben = await db.People.SingleAsync(p => p.Id == world.Ben, Ct);
        Assert.Equal(("Benjamin", PersonRole.Manager, world.Mesa, "America/Denver"), (ben.FirstName, ben.Role, ben.ClinicId, ben.TimeZone));
        var harbor = await db.Clinics.SingleAsync(c => c.Name == "Harbor Clinic", Ct);
        Assert.Equal("America/Los_Angeles", harbor.TimeZone);
        var kim = await db.People.SingleAsync(p => p.Email == "kim@example.org", Ct);
        Assert.Null(kim.TimeZone);
        // People go through EF: each change has its own audit entry besides the import's summary.
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "Person" && e.EntityId == kim.Id.ToString(), Ct));
    }

    [Fact]
    public async Task Credentials_AreCreatedAndUpdated_AndAReimportIsUnchanged()
    {
        var csv = ImportWorld.Csv(ImportWorld.CredentialsHeader,
            "ben@example.org,NCMA-NCCT,N-7,2023-04-01,,2026-12-31",
            "ana.lopez@example.org,CMA-AAMA,CMA-100200,2024-05-10,2026-01-15,",
            "ana.lopez@example.org,RMA-AMT,AMT-1,2024-05-10,,");

        var first = await world.RunAsync(ImportKind.Credentials, csv);
        var second = await world.RunAsync(ImportKind.Credentials, csv);

        Assert.Equal((1, 1, 1), (first.Created, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 3), (second.Created, second.Updated, second.Unchanged));
        await using var db = world.Database.CreateContext();
        var ncma = await db.Credentials.SingleAsync(c => c.PersonId == world.Ben && c.PackCode == "NCMA-NCCT", Ct);
        Assert.Equal((new DateOnly(2023, 4, 1), "N-7"), (ncma.CertifiedOn, ncma.Number));
        var fee = await db.FeePayments.SingleAsync(f => f.CredentialId == ncma.Id, Ct);
        Assert.Equal((new DateOnly(2026, 3, 2), new DateOnly(2026, 12, 31), 0L), (fee.PaidOn, fee.PaidThrough, fee.AmountCents));
        Assert.Equal([new DateOnly(2026, 1, 15)], await db.Renewals.Where(r => r.CredentialId == world.AnaAama).Select(r => r.RenewedOn).ToListAsync(Ct));
    }

    [Fact]
    public async Task Manager_ImportsOnlyTheirClinicsPeople()
    {
        var csv = ImportWorld.Csv(ImportWorld.ActivitiesHeader,
            "ben@example.org,2026-01-12,Phlebotomy,NHA,1.5,clock-hour,,yes,",
            "oz@example.org,2026-01-12,Phlebotomy,NHA,1.5,clock-hour,,yes,");

        var refused = await world.RunAsync(ImportKind.Activities, csv, scope: world.Manager);
        var skipped = await world.RunAsync(ImportKind.Activities, csv, skipInvalid: true, scope: world.Manager);

        Assert.False(refused.Written);
        Assert.Equal("line 3, email, \"oz@example.org\": no person in your clinics has this email", Assert.Single(refused.Problems).ToString());
        Assert.Equal((1, 1), (skipped.Created, skipped.Skipped));
        await using var db = world.Database.CreateContext();
        Assert.False(await db.CeActivities.AnyAsync(a => a.PersonId == world.Oz, Ct));
    }

    [Fact]
    public async Task Manager_CannotCreateClinics_OrPromote()
    {
        var csv = ImportWorld.Csv(ImportWorld.PeopleHeader,
            "kim@example.org,Kim,Lee,Harbor Clinic,Assistant,America/Los_Angeles",
            "ben@example.org,Ben,Okafor,Lakeside Family Clinic,Manager,");

        var report = await world.RunAsync(ImportKind.People, csv, scope: world.Manager);

        Assert.Equal(["clinic", "role"], report.Problems.Select(p => p.Column));
        await using var db = world.Database.CreateContext();
        Assert.False(await db.Clinics.AnyAsync(c => c.Name == "Harbor Clinic", Ct));
    }
}

public sealed class ImportWritingTestsOnSqlite() : ImportWritingTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class ImportWritingTestsOnSqlServer() : ImportWritingTests(DatabaseProvider.SqlServer);
