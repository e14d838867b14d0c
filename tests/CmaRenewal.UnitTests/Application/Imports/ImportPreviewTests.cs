using CmaRenewal.Application.Imports;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.UnitTests.Application.Imports;

/// <summary>
/// What a dry run shows before anything is written: each valid row with its line, person and what it would write, the
/// summary in "would" words, and files as people type them (US dates, the form's unit names) read like ISO and codes.
/// </summary>
public sealed class ImportPreviewTests : IAsyncLifetime
{
    private ImportWorld world = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => world = await ImportWorld.CreateAsync(Ct);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    [Fact]
    public async Task DryRun_ListsTheValidRows_AndSaysWhatItWouldCreate()
    {
        var csv = ImportWorld.Csv(ImportWorld.ActivitiesHeader,
            "ana.lopez@example.org,1/10/2026,Asthma care,AAMA,2,AAMA CEUs,clinical,yes,",
            "ana.lopez@example.org,2026-01-11,Bad unit,AAMA,1,parsecs,,yes,",
            "ben@example.org,01/12/2026,Phlebotomy,NHA,1.5,Clock hours,,yes,RMA-AMT");

        var report = await world.RunAsync(ImportKind.Activities, csv, dryRun: true);

        Assert.Equal(
            [
                new ImportPreviewRow(2, "ana.lopez@example.org", ImportAction.Create, "Asthma care, 2026-01-10, 2 AAMA CEU"),
                new ImportPreviewRow(4, "ben@example.org", ImportAction.Create, "Phlebotomy, 2026-01-12, 1.5 clock hour"),
            ],
            report.Preview);
        Assert.Equal("activities: 3 rows, would create 2, would update 0, would leave 0 unchanged, would skip 1 (dry run: nothing written; 1 problem).",
            report.Summary);
        await using var db = world.Database.CreateContext();
        Assert.False(await db.CeActivities.AnyAsync(Ct));
    }

    [Fact]
    public async Task People_ThePreviewSaysWhichRowsCreate_Update_OrLeaveAlone()
    {
        var csv = ImportWorld.Csv(ImportWorld.PeopleHeader,
            "ana.lopez@example.org,Ana,Lopez-Grant,Lakeside Family Clinic,Assistant,",
            "ben@example.org,Ben,Okafor,Lakeside Family Clinic,Assistant,",
            "new.hire@example.org,New,Hire,Harbor Clinic,Assistant,America/Denver");

        var report = await world.RunAsync(ImportKind.People, csv, dryRun: true);

        Assert.Equal(
            [
                (2, ImportAction.Update, "Ana Lopez-Grant, Assistant at Lakeside Family Clinic"),
                (3, ImportAction.Unchanged, "Ben Okafor, Assistant at Lakeside Family Clinic"),
                (4, ImportAction.Create, "New Hire, Assistant at Harbor Clinic (a new clinic)"),
            ],
            report.Preview.Select(r => (r.Line, r.Action, r.What)));
    }

    [Fact]
    public async Task Credentials_WithUsDates_AreStoredAsTheDatesTheyName()
    {
        var csv = ImportWorld.Csv(ImportWorld.CredentialsHeader, "ben@example.org,NCMA-NCCT,N-9,3/1/2024,,");

        var dry = await world.RunAsync(ImportKind.Credentials, csv, dryRun: true);
        var written = await world.RunAsync(ImportKind.Credentials, csv);

        Assert.Equal("NCMA-NCCT N-9, certified 2024-03-01", Assert.Single(dry.Preview).What);
        Assert.True(written.Written);
        await using var db = world.Database.CreateContext();
        Assert.Equal(new DateOnly(2024, 3, 1), await db.Credentials.Where(c => c.Number == "N-9").Select(c => c.CertifiedOn).SingleAsync(Ct));
    }

    [Fact]
    public async Task ALongFile_ListsTheFirstHundredRows_AndCountsThemAll()
    {
        var rows = Enumerable.Range(1, 150).Select(i => $"ana.lopez@example.org,2026-01-10,Course {i},AAMA,1,aama-ceu,clinical,yes,").ToArray();

        var report = await world.RunAsync(ImportKind.Activities, ImportWorld.Csv(ImportWorld.ActivitiesHeader, rows), dryRun: true);

        Assert.Equal(150, report.Created);
        Assert.Equal(ImportPreviewRow.Listed, report.Preview.Count);
        Assert.Equal(Enumerable.Range(2, 100), report.Preview.Select(r => r.Line));
    }
}
