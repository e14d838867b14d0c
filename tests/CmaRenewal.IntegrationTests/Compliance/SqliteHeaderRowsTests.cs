using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Demo;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Compliance;

/// <summary>
/// SQLite's raw read of the credential headers gives exactly the rows, renewals and payments EF's queries give, for
/// every kind of scope and with or without each holder's latest CE, on the small demo with a soft-deleted and a
/// rejected latest activity.
/// </summary>
public sealed class SqliteHeaderRowsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string?> Cases => new()
    {
        { "organisation", null }, { "organisation", "today" }, { "organisation", "2020-01-01" },
        { "clinic", "today" }, { "clinics", null }, { "no clinics", "today" },
        { "person", "today" }, { "people", "today" }, { "no people", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RawRead_GivesTheRowsOfEfsQuery(string scopeName, string? upTo)
    {
        await using var database = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite, Assert.Skip, Ct);
        await new DemoSeeder(new OptionsDbContextFactory(database.Options()), Packs.Shipped, database.Clock).SeedAsync(DemoSize.Small, Ct);
        await using var db = database.CreateContext();
        var (deletedFrom, rejectedFrom) = await HideLatestActivitiesAsync(db);
        var scope = await ScopeAsync(db, scopeName, deletedFrom, rejectedFrom);
        DateOnly? lastActivityUpTo = upTo switch
        {
            null => null,
            "today" => DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime),
            _ => DateOnly.Parse(upTo, System.Globalization.CultureInfo.InvariantCulture),
        };

        var raw = await SqliteHeaderRows.ReadAsync(db, scope, lastActivityUpTo, Ct);
        var ef = await CredentialHeaders.ReadAsync(db, scope, lastActivityUpTo, Ct);

        Assert.Equal(ef.Rows.OrderBy(r => r.Id), raw.Rows.OrderBy(r => r.Id));
        // Renewals come in date order (each credential's list is built sorted); payments in no order.
        Assert.Equal(raw.Renewals.Select(r => r.Renewal.RenewedOn).Order(), raw.Renewals.Select(r => r.Renewal.RenewedOn));
        Assert.Equal(Sorted(ef.Renewals), Sorted(raw.Renewals));
        Assert.Equal(Sorted(ef.Payments), Sorted(raw.Payments));
        if (scopeName is not ("no clinics" or "no people")) Assert.NotEmpty(raw.Rows);
        if (scopeName == "organisation") Assert.All(new[] { raw.Renewals.Count, raw.Payments.Count }, n => Assert.NotEqual(0, n));
    }

    private static List<string> Sorted<T>(IEnumerable<(long CredentialId, T Fact)> rows) =>
        [.. rows.Select(r => $"{r.CredentialId} {r.Fact}").Order(StringComparer.Ordinal)];

    // The latest activity of one holder is soft-deleted and another's rejected: both must drop out of "latest CE".
    // The first holder also gets two renewals.
    private static async Task<(long Deleted, long Rejected)> HideLatestActivitiesAsync(CmaRenewalDbContext db)
    {
        var holders = await db.Credentials.Select(c => c.PersonId).Distinct().OrderBy(id => id).Take(2).ToListAsync(Ct);
        foreach (var (personId, i) in holders.Select((id, i) => (id, i)))
        {
            var latest = await db.CeActivities.Where(a => a.PersonId == personId).OrderByDescending(a => a.CompletedOn).FirstAsync(Ct);
            var rows = db.CeActivities.Where(a => a.Id == latest.Id);
            if (i == 0) await rows.ExecuteUpdateAsync(s => s.SetProperty(a => a.DeletedAtUtc, DateTime.UtcNow), Ct);
            else await rows.ExecuteUpdateAsync(s => s.SetProperty(a => a.Verification, VerificationStatus.Rejected), Ct);
        }
        // Two renewals written latest first, so only the read's ordering puts them in date order.
        var credentialId = await db.Credentials.Where(c => c.PersonId == holders[0]).Select(c => c.Id).FirstAsync(Ct);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO Renewals (CredentialId, RenewedOn) VALUES ({credentialId}, '2025-06-01'), ({credentialId}, '2024-06-01')", Ct);
        return (holders[0], holders[1]);
    }

    private static async Task<ComplianceScope> ScopeAsync(CmaRenewalDbContext db, string name, long deletedFrom, long rejectedFrom)
    {
        var clinics = await db.Clinics.OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync(Ct);
        return name switch
        {
            "organisation" => ComplianceScope.Organization,
            "clinic" => ComplianceScope.Clinic(clinics[0]),
            "clinics" => ComplianceScope.Clinics(clinics),
            "no clinics" => ComplianceScope.Clinics([]),
            "person" => ComplianceScope.Person(deletedFrom),
            "people" => ComplianceScope.People([deletedFrom, rejectedFrom]),
            "no people" => ComplianceScope.People([]),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }
}
