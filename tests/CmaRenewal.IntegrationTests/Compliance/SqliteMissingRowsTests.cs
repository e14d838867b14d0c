using CmaRenewal.Core.People;
using CmaRenewal.Core.Requirements;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Demo;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Compliance;

/// <summary>
/// SQLite's raw read of what the Missing rows are judged from gives exactly the requirements, people and held codes
/// EF's queries give, for every kind of scope, on the small demo with a clinic's own requirement for managers and a
/// deactivated assistant (left out, with the credentials they hold).
/// </summary>
public sealed class SqliteMissingRowsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Scopes => ["organisation", "clinic", "clinics", "no clinics", "person", "people", "no people"];

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task RawRead_GivesTheRowsOfEfsQueries(string scopeName)
    {
        await using var database = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite, Assert.Skip, Ct);
        await new DemoSeeder(new OptionsDbContextFactory(database.Options()), Packs.Shipped, database.Clock).SeedAsync(DemoSize.Small, Ct);
        await using var db = database.CreateContext();
        var clinics = await db.Clinics.OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync(Ct);
        db.CredentialRequirements.Add(new CredentialRequirement(clinics[0], PersonRole.Manager, RequirementText.Parse("BLS-AHA")));
        var holders = await db.People.Where(p => p.Role == PersonRole.Assistant && db.Credentials.Any(c => c.PersonId == p.Id))
            .OrderBy(p => p.Id).Take(3).ToListAsync(Ct);
        holders[0].Deactivate();
        await db.SaveChangesAsync(Ct);
        var scope = scopeName switch
        {
            "organisation" => ComplianceScope.Organization,
            "clinic" => ComplianceScope.Clinic(clinics[0]),
            "clinics" => ComplianceScope.Clinics(clinics),
            "no clinics" => ComplianceScope.Clinics([]),
            "person" => ComplianceScope.Person(holders[1].Id),
            "people" => ComplianceScope.People([.. holders.Select(h => h.Id)]),
            "no people" => ComplianceScope.People([]),
            _ => throw new ArgumentOutOfRangeException(nameof(scopeName), scopeName, null),
        };

        var (rawRules, efRules) = (await SqliteMissingRows.RulesAsync(db, Ct), await MissingCredentials.RulesAsync(db, Ct));
        var (rawPeople, rawHeld) = await SqliteMissingRows.PeopleAsync(db, scope, withHeld: true, Ct);
        var (efPeople, efHeld) = await MissingCredentials.PeopleAsync(db, scope, withHeld: true, Ct);

        Assert.Equal(Text(efRules), Text(rawRules));
        Assert.Equal(2, rawRules.Count);
        Assert.Equal(efPeople.OrderBy(p => p.Id), rawPeople.OrderBy(p => p.Id));
        Assert.Equal(efHeld.Order(), rawHeld.Order());
        Assert.DoesNotContain(rawPeople, p => p.Id == holders[0].Id);
        Assert.DoesNotContain(rawHeld, h => h.PersonId == holders[0].Id);
        if (scopeName is not ("no clinics" or "no people")) Assert.NotEmpty(rawPeople);
        if (scopeName is "organisation" or "people") Assert.NotEmpty(rawHeld);
        Assert.Empty((await SqliteMissingRows.PeopleAsync(db, scope, withHeld: false, Ct)).Held);
    }

    private static List<string> Text(IEnumerable<RequirementRule> rules) =>
        [.. rules.Select(r => $"{r.ClinicId} {r.Role} {RequirementText.Format(r.Groups)}").Order(StringComparer.Ordinal)];
}
