using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Persistence;

/// <summary>Two people edit the same row from stale copies: the second save must fail, not overwrite.</summary>
public abstract class ConcurrencyTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;
    private long personId;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabases.CreateAsync(provider, Assert.Skip, Ct);
        var clinic = await database.SaveAsync(A.Clinic(), Ct);
        personId = (await database.SaveAsync(A.Person(clinic.Id), Ct)).Id;
    }

    // The SQL Server variant may have skipped before it had a database.
    public ValueTask DisposeAsync() => database?.DisposeAsync() ?? ValueTask.CompletedTask;

    [Fact]
    public async Task Credential_ChangedSinceItWasRead_RaisesConcurrencyException()
    {
        var id = (await database.SaveAsync(A.Credential(personId), Ct)).Id;
        await using var first = database.CreateContext("first@example.org");
        await using var second = database.CreateContext("second@example.org");
        var mine = await first.Credentials.Include(c => c.Renewals).SingleAsync(c => c.Id == id, Ct);
        var theirs = await second.Credentials.Include(c => c.Renewals).SingleAsync(c => c.Id == id, Ct);

        mine.OverrideExpiry(new DateOnly(2029, 5, 31), "Card says May");
        await first.SaveChangesAsync(Ct);
        theirs.RecordRenewal(new DateOnly(2029, 5, 1));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));
        await using var check = database.CreateContext();
        Assert.Empty(await check.Renewals.Where(r => r.CredentialId == id).ToListAsync(Ct));
    }

    [Fact]
    public async Task CeActivity_ChangedSinceItWasRead_RaisesConcurrencyException()
    {
        var id = (await database.SaveAsync(A.Activity(personId), Ct)).Id;
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.CeActivities.SingleAsync(a => a.Id == id, Ct);
        var theirs = await second.CeActivities.SingleAsync(a => a.Id == id, Ct);

        mine.Verify();
        await first.SaveChangesAsync(Ct);
        theirs.Reject("No certificate attached");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));
    }
}

public sealed class ConcurrencyTestsOnSqlite() : ConcurrencyTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class ConcurrencyTestsOnSqlServer() : ConcurrencyTests(DatabaseProvider.SqlServer);
