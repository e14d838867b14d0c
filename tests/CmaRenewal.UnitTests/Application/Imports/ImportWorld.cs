using System.Text;
using CmaRenewal.Application.Imports;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;

namespace CmaRenewal.UnitTests.Application.Imports;

/// <summary>
/// Two clinics on a real database (SQLite, or SQL Server where one is found), on 2026-03-02: Ana (CMA-AAMA and RMA-AMT) and Ben (RMA-AMT) at Lakeside, managed
/// by Mo; Oz at Mesa, which Mo does not manage. Runs the import service on CSV text.
/// </summary>
public sealed class ImportWorld : IAsyncDisposable
{
    public const string ActivitiesHeader = "email,completed_on,title,provider,amount,unit,category,approved,counts_toward";
    public const string CredentialsHeader = "email,credential,number,certified_on,last_recertified_on,fee_paid_through";
    public const string PeopleHeader = "email,first_name,last_name,clinic,role,time_zone";

    private ImportWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }
    public long Lakeside { get; private set; }
    public long Mesa { get; private set; }
    public long Ana { get; private set; }
    public long Ben { get; private set; }
    public long Oz { get; private set; }
    public long Mo { get; private set; }
    public long AnaAama { get; private set; }
    public long AnaAmt { get; private set; }
    public long BenAmt { get; private set; }

    public AccessScope Manager => new(Mo, PersonRole.Manager, new HashSet<long> { Lakeside });

    public static Task<ImportWorld> CreateAsync(CancellationToken ct) => CreateAsync(DatabaseProvider.Sqlite, ct);

    /// <summary>The world on <paramref name="provider"/>: SQL Server runs the import's own bulk path (identity ids).</summary>
    public static async Task<ImportWorld> CreateAsync(DatabaseProvider provider, CancellationToken ct)
    {
        var world = new ImportWorld(await TestDatabases.CreateAsync(provider, Assert.Skip, ct));
        var db = world.Database;
        world.Lakeside = (await db.SaveAsync(A.Clinic(), ct)).Id;
        world.Mesa = (await db.SaveAsync(A.Clinic("Mesa Urgent Care", "America/Phoenix"), ct)).Id;
        world.Ana = (await db.SaveAsync(A.Person(world.Lakeside), ct)).Id;
        world.Ben = (await db.SaveAsync(A.Person(world.Lakeside, "ben@example.org", "Ben", "Okafor"), ct)).Id;
        world.Oz = (await db.SaveAsync(A.Person(world.Mesa, "oz@example.org", "Oz", "Reyes"), ct)).Id;
        world.Mo = (await db.SaveAsync(A.Person(world.Lakeside, "mo@example.org", "Mo", "Hart", PersonRole.Manager), ct)).Id;
        await db.SaveAsync(new ClinicManager(world.Mo, world.Lakeside), ct);
        world.AnaAama = (await db.SaveAsync(A.Credential(world.Ana), ct)).Id;
        world.AnaAmt = (await db.SaveAsync(A.Credential(world.Ana, "RMA-AMT", number: "AMT-1"), ct)).Id;
        world.BenAmt = (await db.SaveAsync(A.Credential(world.Ben, "RMA-AMT", number: "AMT-2"), ct)).Id;
        await db.SaveAsync(A.Credential(world.Oz, "RMA-AMT", number: "AMT-3"), ct);
        return world;
    }

    public ImportHandler Service(string actor = TestActor.DefaultName) =>
        new(new OptionsDbContextFactory(Database.Options(actor)), Packs.Shipped, Database.Clock, new TestActor(actor));

    public Task<ImportReport> RunAsync(ImportKind kind, string csv, bool dryRun = false, bool skipInvalid = false, AccessScope? scope = null,
        string? language = null) =>
        RunAsync(kind, Encoding.UTF8.GetBytes(csv), dryRun, skipInvalid, scope, language);

    public async Task<ImportReport> RunAsync(ImportKind kind, byte[] file, bool dryRun = false, bool skipInvalid = false, AccessScope? scope = null,
        string? language = null)
    {
        var request = new ImportRequest(kind, () => new MemoryStream(file, writable: false), "test.csv", dryRun, skipInvalid) { Language = language };
        var result = await Service().RunAsync(scope ?? ImportHandler.System, request, TestContext.Current.CancellationToken);
        return result.Value ?? throw new InvalidOperationException($"The import was refused: {result.Message}");
    }

    public static string Csv(string header, params string[] rows) => string.Join("\r\n", [header, .. rows]) + "\r\n";

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
