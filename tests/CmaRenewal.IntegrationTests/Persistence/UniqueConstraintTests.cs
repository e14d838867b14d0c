using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Persistence;

public abstract class UniqueConstraintTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;
    private long clinicId;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabases.CreateAsync(provider, Assert.Skip, Ct);
        clinicId = (await database.SaveAsync(A.Clinic("Lakeside"), Ct)).Id;
    }

    // The SQL Server variant may have skipped before it had a database.
    public ValueTask DisposeAsync() => database?.DisposeAsync() ?? ValueTask.CompletedTask;

    [Fact]
    public async Task Clinic_WithATakenName_IsRefused() =>
        await Assert.ThrowsAsync<DbUpdateException>(() => database.SaveAsync(A.Clinic("Lakeside"), Ct));

    [Fact]
    public async Task Person_WithATakenEmailInOtherCase_IsRefused()
    {
        await database.SaveAsync(A.Person(clinicId, email: "sam.ortiz@example.org"), Ct);

        await Assert.ThrowsAsync<DbUpdateException>(() =>
            database.SaveAsync(A.Person(clinicId, email: "Sam.Ortiz@Example.org"), Ct));
    }

    [Fact]
    public async Task Credential_WithTheSamePackAndNumber_IsRefused_ButAnotherNumberIsNot()
    {
        var personId = (await database.SaveAsync(A.Person(clinicId), Ct)).Id;
        await database.SaveAsync(A.Credential(personId, "CMA-AAMA", number: "123"), Ct);

        await Assert.ThrowsAsync<DbUpdateException>(() => database.SaveAsync(A.Credential(personId, "CMA-AAMA", number: "123"), Ct));
        await database.SaveAsync(A.Credential(personId, "CMA-AAMA", number: "456"), Ct);
    }

    [Fact]
    public async Task ClinicManager_LinkedTwice_IsRefused()
    {
        var managerId = (await database.SaveAsync(A.Person(clinicId, role: PersonRole.Manager), Ct)).Id;
        await database.SaveAsync(new ClinicManager(managerId, clinicId), Ct);

        await Assert.ThrowsAsync<DbUpdateException>(() => database.SaveAsync(new ClinicManager(managerId, clinicId), Ct));
    }
}

public sealed class UniqueConstraintTestsOnSqlite() : UniqueConstraintTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class UniqueConstraintTestsOnSqlServer() : UniqueConstraintTests(DatabaseProvider.SqlServer);
