using System.Globalization;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Storage;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using CmaRenewal.Web.Features.Access;
using CmaRenewal.Web.Features.Certificates;
using CmaRenewal.Web.Features.MyCredentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CmaRenewal.IntegrationTests.MyCredentials;

/// <summary>Who may change, verify and reject CE, and what a stale or bad save does: nothing, with a clear message.</summary>
public sealed class ActivityCommandsTests : IAsyncLifetime
{
    private SqliteTestDatabase database = null!;
    private long ana, ben, manager, otherManager, activityId;
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("cmarenewal-activity-").FullName;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private DateOnly Today => DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(Ct);
        var clinic = (await database.SaveAsync(A.Clinic(), Ct)).Id;
        var other = (await database.SaveAsync(A.Clinic("Mesa Urgent Care", "America/Phoenix"), Ct)).Id;
        ana = (await database.SaveAsync(A.Person(clinic), Ct)).Id;
        ben = (await database.SaveAsync(A.Person(clinic, "ben@example.org", "Ben"), Ct)).Id;
        manager = (await database.SaveAsync(A.Person(clinic, "mo@example.org", "Mo", role: PersonRole.Manager), Ct)).Id;
        otherManager = (await database.SaveAsync(A.Person(other, "oz@example.org", "Oz", role: PersonRole.Manager), Ct)).Id;
        await database.SaveAsync(new ClinicManager(manager, clinic), Ct);
        await database.SaveAsync(new ClinicManager(otherManager, other), Ct);
        activityId = (await database.SaveAsync(A.Activity(ana), Ct)).Id;
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(dataDirectory, recursive: true);
        return database.DisposeAsync();
    }

    [Fact]
    public async Task EditFromAStaleCopy_ReportsTheConflict_AndKeepsTheOtherChange()
    {
        var stale = await InputAsync();
        await using (var db = database.CreateContext())
        {
            var activity = await db.CeActivities.SingleAsync(a => a.Id == activityId, Ct);
            activity.Revise(A.ActivityDetails(title: "Changed in another tab"));
            await db.SaveChangesAsync(Ct);
        }
        stale.Title = "My late edit";

        Assert.Equal(ActivityCommands.Conflict, await As(ana).SaveAsync(ana, stale, Today, Ct));
        Assert.Equal("Changed in another tab", (await LoadAsync()).Title);
    }

    [Fact]
    public async Task EditFromAStaleCopy_WithACertificate_LeavesNoFileBehind()
    {
        var stale = await InputAsync();
        await using (var db = database.CreateContext())
        {
            var activity = await db.CeActivities.SingleAsync(a => a.Id == activityId, Ct);
            activity.Revise(A.ActivityDetails(title: "Changed in another tab"));
            await db.SaveChangesAsync(Ct);
        }
        stale.Certificate = new PendingCertificate("late.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());

        Assert.Equal(ActivityCommands.Conflict, await As(ana).SaveAsync(ana, stale, Today, Ct));
        Assert.Empty(CertificateFiles());

        var fresh = await InputAsync();
        fresh.Certificate = new PendingCertificate("on-time.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        Assert.Null(await As(ana).SaveAsync(ana, fresh, Today, Ct));
        Assert.Single(CertificateFiles());
    }

    private string[] CertificateFiles()
    {
        var folder = Path.Combine(dataDirectory, "certificates");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    [Fact]
    public async Task VerifiedEntry_IsReadOnlyForTheAssistant()
    {
        Assert.Null(await As(manager).VerifyAsync(activityId, (await LoadAsync()).Version, Ct));
        var input = await InputAsync();
        input.Title = "Sneaky edit";

        Assert.Equal("A verified entry cannot be changed.", await As(ana).SaveAsync(ana, input, Today, Ct));
        Assert.Equal("A verified entry cannot be deleted.", await As(ana).DeleteAsync(ana, activityId, input.Version!.Value, Ct));
        Assert.Equal(VerificationStatus.Verified, (await LoadAsync()).Verification);
    }

    [Fact]
    public async Task NobodyVerifiesTheirOwnCe_NorAManagerOfAnotherClinic()
    {
        var version = (await LoadAsync()).Version;

        Assert.Equal(ActivityCommands.Gone, await As(ana).VerifyAsync(activityId, version, Ct));
        Assert.Equal(ActivityCommands.Gone, await As(otherManager).VerifyAsync(activityId, version, Ct));
        Assert.Equal(VerificationStatus.Unverified, (await LoadAsync()).Verification);
    }

    [Fact]
    public async Task Reject_NeedsAComment_WhichTheAssistantThenHas()
    {
        var version = (await LoadAsync()).Version;

        Assert.NotNull(await As(manager).RejectAsync(activityId, version, "  ", Ct));
        Assert.Null(await As(manager).RejectAsync(activityId, version, "Wrong person on the certificate", Ct));
        var activity = await LoadAsync();
        Assert.Equal((VerificationStatus.Rejected, "Wrong person on the certificate"), (activity.Verification, activity.VerificationComment));
    }

    [Fact]
    public async Task AnotherAssistant_CannotLogOrChangeAnasCe()
    {
        var input = await InputAsync();
        input.Title = "Ben was here";

        Assert.Equal(ActivityCommands.Gone, await As(ben).SaveAsync(ana, input, Today, Ct));
        Assert.Equal(ActivityCommands.Gone, await As(ben).SaveAsync(ana, NewInput(), Today, Ct));
        Assert.Equal(ActivityCommands.Gone, await As(ben).DeleteAsync(ana, activityId, input.Version!.Value, Ct));
        await using var db = database.CreateContext();
        Assert.Equal(["Infection control update"], await db.CeActivities.Select(a => a.Title).ToListAsync(Ct));
    }

    [Fact]
    public async Task FutureDate_IsRefused_AndNothingIsSaved()
    {
        var input = NewInput();
        input.CompletedOn = Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.StartsWith("The date cannot be in the future", await As(ana).SaveAsync(ana, input, Today, Ct), StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.CeActivities.CountAsync(Ct));
    }

    [Fact]
    public async Task NewEntry_IsSaved_ForTheAssistant()
    {
        Assert.Null(await As(ana).SaveAsync(ana, NewInput(), Today, Ct));

        await using var db = database.CreateContext();
        Assert.Equal(2, await db.CeActivities.CountAsync(a => a.PersonId == ana, Ct));
    }

    private CeActivityInput NewInput() => new()
    {
        CompletedOn = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Title = "Ethics", Provider = "Relias", Amount = 1.5m,
    };

    private async Task<CeActivityInput> InputAsync()
    {
        var a = await LoadAsync();
        return new CeActivityInput
        {
            ActivityId = a.Id, Version = a.Version, CompletedOn = a.CompletedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Title = a.Title, Provider = a.Provider, Amount = a.Amount, Unit = a.Unit, Category = a.Category,
        };
    }

    private async Task<CeActivity> LoadAsync()
    {
        await using var db = database.CreateContext();
        return await db.CeActivities.AsNoTracking().SingleAsync(a => a.Id == activityId, Ct);
    }

    private ActivityCommands As(long viewer)
    {
        var factory = new OptionsDbContextFactory(database.Options());
        var user = new CurrentUser(new SignedInAs(viewer), new AccessScopes(factory));
        var store = new FileCertificateStore(Options.Create(new StorageOptions { DataDirectory = dataDirectory }));
        return new ActivityCommands(factory, user, new CertificateIntake(store), database.Clock);
    }
}
