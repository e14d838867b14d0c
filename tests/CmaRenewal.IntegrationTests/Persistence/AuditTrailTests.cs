using System.Text.Json;
using CmaRenewal.Core.Auditing;
using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Persistence;

public abstract class AuditTrailTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await TestDatabases.CreateAsync(provider, Assert.Skip, Ct);
    // The SQL Server variant may have skipped before it had a database.
    public ValueTask DisposeAsync() => database?.DisposeAsync() ?? ValueTask.CompletedTask;

    [Fact]
    public async Task Modification_RecordsActorTimeAndValuesBeforeAndAfter()
    {
        var clinic = await database.SaveAsync(A.Clinic("Lakeside", "America/Chicago"), Ct);
        database.Clock.Advance(TimeSpan.FromHours(2));

        await using (var db = database.CreateContext("maria.chen@example.org"))
        {
            var tracked = await db.Clinics.SingleAsync(c => c.Id == clinic.Id, Ct);
            tracked.MoveToTimeZone("America/Denver");
            await db.SaveChangesAsync(Ct);
        }

        var entry = (await TrailOf<Clinic>(clinic.Id)).Single(e => e.Action == AuditAction.Modified);
        Assert.Equal(("maria.chen@example.org", TestClock.DefaultStart.UtcDateTime.AddHours(2)), (entry.Actor, entry.AtUtc));
        Assert.Equal("America/Chicago", Value(entry.BeforeJson, "TimeZone"));
        Assert.Equal("America/Denver", Value(entry.AfterJson, "TimeZone"));
        Assert.Equal("Lakeside", Value(entry.AfterJson, "Name"));
    }

    [Fact]
    public async Task Addition_RecordsTheIdTheDatabaseGave()
    {
        var clinic = await database.SaveAsync(A.Clinic(), Ct);

        var entry = Assert.Single(await TrailOf<Clinic>(clinic.Id));
        Assert.Equal((AuditAction.Added, null), (entry.Action, entry.BeforeJson));
        using var after = JsonDocument.Parse(entry.AfterJson!);
        Assert.Equal(clinic.Id, after.RootElement.GetProperty("Id").GetInt64());
    }

    [Fact]
    public async Task ManagerAssignments_AreAudited_UnderTheirTwoPartKey()
    {
        var clinic = await database.SaveAsync(A.Clinic(), Ct);
        var manager = await database.SaveAsync(A.Person(clinic.Id, role: PersonRole.Manager), Ct);

        await database.SaveAsync(new ClinicManager(manager.Id, clinic.Id), Ct);

        await using var db = database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(ClinicManager), Ct);
        Assert.Equal((AuditAction.Added, $"{manager.Id},{clinic.Id}"), (entry.Action, entry.EntityId));
    }

    [Fact]
    public async Task Deletion_RecordsTheValuesThatWent()
    {
        var clinic = await database.SaveAsync(A.Clinic("Closing soon"), Ct);

        await using (var db = database.CreateContext())
        {
            db.Clinics.Remove(await db.Clinics.SingleAsync(c => c.Id == clinic.Id, Ct));
            db.SaveChanges(); // the synchronous path audits too
        }

        var entry = (await TrailOf<Clinic>(clinic.Id)).Single(e => e.Action == AuditAction.Deleted);
        Assert.Equal(("Closing soon", null), (Value(entry.BeforeJson, "Name"), entry.AfterJson));
    }

    [Fact]
    public async Task FailedSave_LeavesNoTrailAndNoRow()
    {
        await database.SaveAsync(A.Clinic("Taken"), Ct);
        await using var db = database.CreateContext();
        db.AddRange(A.Clinic("New one"), A.Clinic("Taken"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));

        await using var check = database.CreateContext();
        Assert.Equal(["Taken"], await check.Clinics.Select(c => c.Name).ToListAsync(Ct));
        Assert.Single(await check.AuditEntries.ToListAsync(Ct));
    }

    [Fact]
    public async Task CanceledSave_LeavesNothingBehindForTheNextSave()
    {
        await using var db = database.CreateContext();
        db.Add(A.Clinic("Retried"));
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.SaveChangesAsync(canceled.Token));
        await db.SaveChangesAsync(Ct);

        await using var check = database.CreateContext();
        var entry = Assert.Single(await check.AuditEntries.ToListAsync(Ct));
        Assert.Equal((AuditAction.Added, "Clinic"), (entry.Action, entry.EntityType));
    }

    [Fact]
    public async Task InsideTheCallersTransaction_TheTrailRollsBackWithTheChange()
    {
        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            db.Add(A.Clinic("Never committed"));
            await db.SaveChangesAsync(Ct);
            Assert.Single(await db.AuditEntries.ToListAsync(Ct));
            await transaction.RollbackAsync(Ct);
        }

        await using var check = database.CreateContext();
        Assert.Empty(await check.Clinics.ToListAsync(Ct));
        Assert.Empty(await check.AuditEntries.ToListAsync(Ct));
    }

    [Fact]
    public async Task ChildRows_ShowUpThroughTheirAuditedParent()
    {
        var clinic = await database.SaveAsync(A.Clinic(), Ct);
        var person = await database.SaveAsync(A.Person(clinic.Id), Ct);
        var activity = A.Activity(person.Id, A.ActivityDetails(amountHundredths: 200));
        activity.SplitAcross([new("administrative", 100), new("clinical", 100)]);
        await database.SaveAsync(activity, Ct);

        await using var db = database.CreateContext();
        var types = await db.AuditEntries.Select(e => e.EntityType).ToListAsync(Ct);
        Assert.Equal(["CeActivity", "Clinic", "Person"], types.Order());
        Assert.Null(Value((await TrailOf<Core.ContinuingEducation.CeActivity>(activity.Id)).Single().AfterJson, "Category"));
    }

    private async Task<List<AuditEntry>> TrailOf<T>(long id)
    {
        await using var db = database.CreateContext();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEntries.Where(e => e.EntityType == typeof(T).Name && e.EntityId == key).OrderBy(e => e.Id).ToListAsync(Ct);
    }

    private static string? Value(string? json, string property)
    {
        using var document = JsonDocument.Parse(json!);
        return document.RootElement.GetProperty(property).GetString();
    }
}

public sealed class AuditTrailTestsOnSqlite() : AuditTrailTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class AuditTrailTestsOnSqlServer() : AuditTrailTests(DatabaseProvider.SqlServer);
