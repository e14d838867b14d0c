using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Persistence;

public abstract class PeopleRoundTripTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await TestDatabases.CreateAsync(provider, Assert.Skip, Ct);
    // The SQL Server variant may have skipped before it had a database.
    public ValueTask DisposeAsync() => database?.DisposeAsync() ?? ValueTask.CompletedTask;

    [Fact]
    public async Task Clinic_RoundTrips()
    {
        var clinic = await database.SaveAsync(A.Clinic("Riverside Pediatrics", "America/Denver"), Ct);

        await using var db = database.CreateContext();
        var loaded = await db.Clinics.SingleAsync(c => c.Id == clinic.Id, Ct);
        Assert.Equal(("Riverside Pediatrics", "America/Denver"), (loaded.Name, loaded.TimeZone));
    }

    [Fact]
    public async Task Person_RoundTrips_WithEmailStoredLowerCase()
    {
        var clinic = await database.SaveAsync(A.Clinic(), Ct);
        var person = A.Person(clinic.Id, email: " Maria.Chen@Example.ORG ", firstName: "Maria", lastName: "Chen",
            role: PersonRole.Manager, timeZone: "America/New_York");
        person.Deactivate();
        await database.SaveAsync(person, Ct);

        await using var db = database.CreateContext();
        var loaded = await db.People.SingleAsync(p => p.Email == "maria.chen@example.org", Ct);
        Assert.Equal((clinic.Id, "Maria", "Chen", PersonRole.Manager, "America/New_York", false),
            (loaded.ClinicId, loaded.FirstName, loaded.LastName, loaded.Role, loaded.TimeZone, loaded.IsActive));
    }

    [Fact]
    public async Task ClinicManager_LinksAManagerToSeveralClinics()
    {
        var home = await database.SaveAsync(A.Clinic("North"), Ct);
        var other = await database.SaveAsync(A.Clinic("South"), Ct);
        var manager = await database.SaveAsync(A.Person(home.Id, role: PersonRole.Manager), Ct);
        await database.SaveAsync(new ClinicManager(manager.Id, home.Id), Ct);
        await database.SaveAsync(new ClinicManager(manager.Id, other.Id), Ct);

        await using var db = database.CreateContext();
        var clinics = await db.ClinicManagers.Where(m => m.PersonId == manager.Id).Select(m => m.ClinicId).ToListAsync(Ct);
        Assert.Equal([home.Id, other.Id], clinics.Order());
    }
}

public sealed class PeopleRoundTripTestsOnSqlite() : PeopleRoundTripTests(DatabaseProvider.Sqlite);

[Trait("Database", "SqlServer")]
public sealed class PeopleRoundTripTestsOnSqlServer() : PeopleRoundTripTests(DatabaseProvider.SqlServer);
