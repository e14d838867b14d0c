using System.Globalization;
using CmaRenewal.Application.Certificates;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Application.Credentials;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Rules;
using CmaRenewal.Application.Notices;
using CmaRenewal.Application.Nudges;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Compliance;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.Infrastructure.Reminders;
using CmaRenewal.UnitTests.Emails;
using Microsoft.Extensions.Logging.Abstractions;
using CmaRenewal.Infrastructure.Storage;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CmaRenewal.UnitTests.Application;

/// <summary>
/// A real SQLite file with one clinic's assistants (Ana, Ben), its manager (Mo), an admin whose home clinic it is
/// (Ada), and the manager of another clinic (Oz); Ana and Ada each have a credential and a CE entry. The handlers are
/// built as the app builds them, with no Web in between.
/// </summary>
public sealed class HandlerWorld : IAsyncDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("cmarenewal-handlers-").FullName;

    private HandlerWorld(SqliteTestDatabase database) => Database = database;

    public SqliteTestDatabase Database { get; }
    public long Ana { get; private set; }
    public long Ben { get; private set; }
    public long Mo { get; private set; }
    public long Ada { get; private set; }
    public long Oz { get; private set; }
    public long AnaActivity { get; private set; }
    public long AdaActivity { get; private set; }
    public long AnaCredential { get; private set; }
    public long AdaCredential { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(Database.Clock.GetUtcNow().UtcDateTime);

    public static async Task<HandlerWorld> CreateAsync(CancellationToken ct)
    {
        var world = new HandlerWorld(await SqliteTestDatabase.CreateAsync(ct));
        await world.SeedAsync(ct);
        return world;
    }

    private async Task SeedAsync(CancellationToken ct)
    {
        var clinic = (await Database.SaveAsync(A.Clinic(), ct)).Id;
        var other = (await Database.SaveAsync(A.Clinic("Mesa Urgent Care", "America/Phoenix"), ct)).Id;
        Ana = (await Database.SaveAsync(A.Person(clinic), ct)).Id;
        Ben = (await Database.SaveAsync(A.Person(clinic, "ben@example.org", "Ben"), ct)).Id;
        Mo = (await Database.SaveAsync(A.Person(clinic, "mo@example.org", "Mo", role: PersonRole.Manager), ct)).Id;
        Ada = (await Database.SaveAsync(A.Person(clinic, "ada@example.org", "Ada", role: PersonRole.Admin), ct)).Id;
        Oz = (await Database.SaveAsync(A.Person(other, "oz@example.org", "Oz", role: PersonRole.Manager), ct)).Id;
        await Database.SaveAsync(new ClinicManager(Mo, clinic), ct);
        await Database.SaveAsync(new ClinicManager(Oz, other), ct);
        AnaActivity = (await Database.SaveAsync(A.Activity(Ana), ct)).Id;
        AdaActivity = (await Database.SaveAsync(A.Activity(Ada), ct)).Id;
        AnaCredential = (await Database.SaveAsync(A.Credential(Ana), ct)).Id;
        AdaCredential = (await Database.SaveAsync(A.Credential(Ada, number: "CMA-ADA"), ct)).Id;
    }

    public Task<AccessScope> ActorAsync(long personId, CancellationToken ct) => new AccessScopes(Factory()).ForPersonAsync(personId, ct);

    public ActivityHandler Activities()
    {
        var factory = Factory();
        var store = new FileCertificateStore(Options.Create(new StorageOptions { DataDirectory = dataDirectory }));
        return new ActivityHandler(factory, new AccessScopes(factory), Clock(factory), Packs.Shipped, new CertificateIntake(store), Database.Clock,
            Notices(factory));
    }

    public NudgeHandler Nudges()
    {
        var factory = Factory();
        return new NudgeHandler(factory, new AccessScopes(factory), Clock(factory), new ComplianceQueries(factory, Engine()), Notices(factory));
    }

    public PersonActionsQuery PersonActions() => new(Factory(), Engine());

    public ComplianceQueries Compliance() => new(Factory(), Engine());

    /// <summary>The emails that left through the pickup folder, as the transport wrote them (.eml files).</summary>
    public string[] SentMail()
    {
        var folder = Path.Combine(dataDirectory, PickupFolderMailTransport.FolderName);
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(File.ReadAllText)] : [];
    }

    // Notices are rendered by the plain fallback (the Razor template is the web project's) and leave through the pickup folder.
    private NoticeOutbox Notices(OptionsDbContextFactory factory)
    {
        var transport = new PickupFolderMailTransport(Options.Create(new StorageOptions { DataDirectory = dataDirectory }),
            Options.Create(new SmtpOptions()), Database.Clock);
        var sender = new OutboxSender(factory, transport, Database.Clock, NullLogger<OutboxSender>.Instance);
        return new NoticeOutbox(sender, new FixedLinks(), Database.Clock);
    }

    public CredentialHandler Credentials()
    {
        var factory = Factory();
        return new CredentialHandler(factory, new AccessScopes(factory), Clock(factory), Packs.Shipped);
    }

    public string[] CertificateFiles()
    {
        var folder = Path.Combine(dataDirectory, "certificates");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    public async Task<CeActivity> ActivityAsync(long id, CancellationToken ct)
    {
        await using var db = Database.CreateContext();
        return await db.CeActivities.AsNoTracking().SingleAsync(a => a.Id == id, ct);
    }

    /// <summary>The form's copy of a stored entry, as the edit button fills it.</summary>
    public async Task<CeActivityInput> EditOfAsync(long activityId, CancellationToken ct)
    {
        var a = await ActivityAsync(activityId, ct);
        return new CeActivityInput
        {
            ActivityId = a.Id, Version = a.Version, CompletedOn = Iso(a.CompletedOn), Title = a.Title, Provider = a.Provider,
            Amount = a.Amount, Unit = a.Unit, Category = a.Category,
        };
    }

    public CeActivityInput NewActivity() => new()
    {
        CompletedOn = Iso(Today), Title = "Ethics", Provider = "Relias", Amount = 1.5m, Unit = Units.AamaCeu, Category = "clinical",
    };

    public async Task<Guid> CredentialVersionAsync(long id, CancellationToken ct)
    {
        await using var db = Database.CreateContext();
        return await db.Credentials.Where(c => c.Id == id).Select(c => c.Version).SingleAsync(ct);
    }

    /// <summary>Changes a row behind the caller's back, so the version they hold is stale.</summary>
    public async Task ChangeMeanwhileAsync(long activityId, CancellationToken ct)
    {
        await using var db = Database.CreateContext();
        var activity = await db.CeActivities.SingleAsync(a => a.Id == activityId, ct);
        activity.Revise(A.ActivityDetails(title: "Changed in another tab"));
        await db.SaveChangesAsync(ct);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private OptionsDbContextFactory Factory() => new(Database.Options());

    private PersonClock Clock(OptionsDbContextFactory factory) => new(factory, Engine());

    private ComplianceEngine Engine() => new(new RuleCatalogHolder(Packs.Shipped), Database.Clock);

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(dataDirectory, recursive: true);
        await Database.DisposeAsync();
    }
}
