using CmaRenewal.Application.Exports;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Application.StaffCompliance;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Demo;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.StaffCompliance;

/// <summary>
/// The small demo (Riverside; Lakeside and Mesa, managed together) seeded once into a real SQLite file for every
/// staff-grid test, with the use case wired as the app wires it.
/// </summary>
public sealed class StaffGridWorld : IAsyncLifetime
{
    private SqliteTestDatabase? database;

    public SqliteTestDatabase Database => database ?? throw new InvalidOperationException("The world is not seeded yet.");

    public ComplianceEngine Engine => new(Packs.Shipped, Database.Clock);

    public DateOnly Today => DateOnly.FromDateTime(Database.Clock.GetUtcNow().UtcDateTime);

    public OpenStaffGrid Handler()
    {
        var factory = new OptionsDbContextFactory(Database.Options());
        var engine = Engine;
        return new OpenStaffGrid(factory, new ComplianceQueries(factory, engine), new PersonClock(factory, engine));
    }

    /// <summary>The staff page's export use case, over the same database and clock.</summary>
    public ComplianceExportFile ExportFile()
    {
        var factory = new OptionsDbContextFactory(Database.Options());
        return new ComplianceExportFile(new ComplianceExportRows(factory, new ComplianceQueries(factory, Engine), new PersonDetailQuery(factory, Engine, Packs.Shipped)),
            new PersonClock(factory, Engine));
    }

    public async Task<long> ClinicIdAsync(string name)
    {
        await using var db = Database.CreateContext();
        return await db.Clinics.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }

    public async Task<long> PersonIdAsync(string email)
    {
        await using var db = Database.CreateContext();
        return await db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync();
    }

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(CancellationToken.None);
        var factory = new OptionsDbContextFactory(database.Options());
        await new DemoSeeder(factory, Packs.Shipped, database.Clock).SeedAsync(DemoSize.Small, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (database is not null) await database.DisposeAsync();
    }
}
