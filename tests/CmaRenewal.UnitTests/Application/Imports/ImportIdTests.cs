using CmaRenewal.Application.Imports;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Imports;
using CmaRenewal.TestKit.Builders;
using CmaRenewal.TestKit.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.Imports;

/// <summary>
/// Imported activities get their ids from the database, so a row another writer inserts (the web app) between or
/// during imports never collides with one, and every credential link follows its own activity.
/// </summary>
public sealed class ImportIdTests : IAsyncLifetime
{
    private ImportWorld world = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await ImportWorld.CreateAsync(Ct);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    private static string Courses(params string[] titles) => ImportWorld.Csv(ImportWorld.ActivitiesHeader,
        [.. titles.Select(t => $"ana.lopez@example.org,2026-01-10,{t},AAMA,2,aama-ceu,clinical,yes,CMA-AAMA")]);

    [Fact]
    public async Task ARowAddedByTheAppBetweenTwoImports_KeepsItsId_AndEachImportedActivityIsLinkedToItsOwnCredential()
    {
        await world.RunAsync(ImportKind.Activities, Courses("First", "Second"));
        var meanwhile = await world.Database.SaveAsync(A.Activity(world.Ben, A.ActivityDetails(title: "Logged on the page")), Ct);

        var second = await world.RunAsync(ImportKind.Activities, Courses("Third", "Fourth"));

        Assert.True(second.Written);
        await using var db = world.Database.CreateContext();
        var rows = await db.CeActivities.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Title }).ToListAsync(Ct);
        Assert.Equal(["First", "Second", "Logged on the page", "Third", "Fourth"], rows.Select(r => r.Title));
        Assert.Equal(meanwhile.Id, rows[2].Id);
        var linked = await db.Set<CeActivityCredential>().AsNoTracking()
            .Join(db.CeActivities, l => l.ActivityId, a => a.Id, (l, a) => new { a.Title, l.CredentialId }).OrderBy(l => l.Title).ToListAsync(Ct);
        Assert.Equal([("First", world.AnaAama), ("Fourth", world.AnaAama), ("Second", world.AnaAama), ("Third", world.AnaAama)],
            linked.Select(l => (l.Title, l.CredentialId)));
    }

    [Fact]
    public async Task ARowInsertedDuringAnImport_TakesTheNextId_AndTheImportsNextRowTakesTheOneAfter()
    {
        await using var db = world.Database.CreateContext();
        await using var run = await ImportDatabase.OpenAsync(db, write: true, Ct);
        await using var writer = run.Activities();

        var first = await writer.AddAsync(A.Activity(world.Ana, A.ActivityDetails(title: "Imported first")), [world.AnaAama], Ct);
        // In the run's own transaction, as SQLite lets no other connection write now: a row the import did not choose.
        db.CeActivities.Add(A.Activity(world.Ben, A.ActivityDetails(title: "Inserted meanwhile")));
        await db.SaveChangesAsync(Ct);
        var second = await writer.AddAsync(A.Activity(world.Ana, A.ActivityDetails(title: "Imported second")), [world.AnaAama], Ct);
        await run.CommitAsync(Ct);

        await using var check = world.Database.CreateContext();
        var ids = await check.CeActivities.AsNoTracking().ToDictionaryAsync(a => a.Title, a => a.Id, Ct);
        Assert.Equal((first, first + 1, first + 2), (ids["Imported first"], ids["Inserted meanwhile"], second));
        Assert.Equal([first, second], await check.Set<CeActivityCredential>().Select(l => l.ActivityId).Order().ToListAsync(Ct));
    }

    [Fact]
    public async Task WhileAnImportWrites_OnSqlite_AnotherWriterWaits_AndWritesOnceItIsCommitted()
    {
        await using var db = world.Database.CreateContext();
        await using var app = world.Database.CreateContext();
        // SQLite retries a busy write for the command timeout: one second is enough to see it refused.
        app.Database.SetCommandTimeout(1);

        await using (var run = await ImportDatabase.OpenAsync(db, write: true, Ct))
        {
            app.CeActivities.Add(A.Activity(world.Ben, A.ActivityDetails(title: "Logged during the import")));
            var refused = await Record.ExceptionAsync(() => app.SaveChangesAsync(Ct));
            Assert.Equal(SQLitePCL.raw.SQLITE_BUSY, Busy(refused)?.SqliteErrorCode);
            await run.CommitAsync(Ct);
        }

        Assert.Equal(1, await app.SaveChangesAsync(Ct));
    }

    private static SqliteException? Busy(Exception? ex) => ex switch
    {
        null => null,
        SqliteException sqlite => sqlite,
        _ => Busy(ex.InnerException),
    };
}
