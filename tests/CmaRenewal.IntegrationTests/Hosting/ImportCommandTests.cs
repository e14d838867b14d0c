using CmaRenewal.IntegrationTests.MyCredentials;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary><c>import</c> on the real app and the small demo: output shape, exit codes, dry run, re-import.</summary>
public sealed class ImportCommandTests : IAsyncLifetime
{
    private const string Header = "email,completed_on,title,provider,amount,unit,category,approved,counts_toward";
    private readonly string folder = Directory.CreateTempSubdirectory("cmarenewal-import-").FullName;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private string File(params string[] lines)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private static async Task<(int Exit, string[] Lines)> RunAsync(AppFactory app, params string[] args)
    {
        var output = new StringWriter();
        var exit = await AdminCommand.Parse(["import", .. args])!.RunAsync(app.Services, output, Ct);
        return (exit, output.ToString().Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task DryRun_WithProblems_PrintsTheSummaryAndEachProblem_ExitsTwo_AndWritesNothing()
    {
        await using var app = new AppFactory();
        var file = File(Header,
            DemoPeople.Maria + ",2020-01-10,Imported course,AAMA,2,aama-ceu,clinical,yes,",
            DemoPeople.Maria + ",13/03/2020,Imported course 2,AAMA,2,aama-ceu,clinical,yes,");

        var (exit, lines) = await RunAsync(app, "activities", file, "--dry-run");

        Assert.Equal(AdminCommand.ImportRefused, exit);
        Assert.Equal(["activities: 2 rows, would create 1, would update 0, would leave 0 unchanged, would skip 1 (dry run: nothing written; 1 problem).",
            "line 3, completed_on, \"13/03/2020\": there is no month 13: US dates put the month first, like 3/12/2026"], lines);
        await using var db = AppData.Open(app);
        Assert.False(await db.CeActivities.AnyAsync(a => a.Title == "Imported course", Ct));
    }

    [Fact]
    public async Task InSpanish_ReadsDayFirstDates_AndSpeaksSpanish()
    {
        await using var app = new AppFactory();
        var file = File(Header,
            DemoPeople.Maria + ",6/12/2020,Curso importado,AAMA,2,aama-ceu,clinical,yes,",
            DemoPeople.Maria + ",12/31/2020,Curso importado 2,AAMA,2,aama-ceu,clinical,yes,");

        var (exit, lines) = await RunAsync(app, "activities", file, "--dry-run", "--language=es");

        Assert.Equal(AdminCommand.ImportRefused, exit);
        Assert.Equal(["actividades: 2 filas; se crearían 1, se actualizarían 0, quedarían 0 sin cambios, se omitirían 1 (prueba: no se escribió nada; 1 problema).",
            "line 3, completed_on, \"12/31/2020\": no existe el mes 31: en español el día va primero, como 12/3/2026"], lines);
    }

    [Fact]
    public async Task DryRun_SaysWhatItWouldCreate_ThenTheRealRunReadsUsDatesAndUnitNamesAsTheFormWould()
    {
        await using var app = new AppFactory();
        var file = File(Header,
            DemoPeople.Maria + ",1/10/2020,Human course,AAMA,2,AAMA CEUs,clinical,yes,",
            DemoPeople.Maria + ",01/11/2020,Human course 2,AAMA,1.5,aama ceu,clinical,yes,CMA-AAMA");

        var dry = await RunAsync(app, "activities", file, "--dry-run");
        var real = await RunAsync(app, "activities", file);

        Assert.Equal((0, "activities: 2 rows, would create 2, would update 0, would leave 0 unchanged, would skip 0 (dry run: nothing written; 0 problems)."),
            (dry.Exit, Assert.Single(dry.Lines)));
        Assert.Equal((0, "activities: 2 rows, 2 created, 0 updated, 0 unchanged, 0 skipped."), (real.Exit, Assert.Single(real.Lines)));
        await using var db = AppData.Open(app);
        var stored = await db.CeActivities.Where(a => a.Title.StartsWith("Human course")).OrderBy(a => a.CompletedOn)
            .Select(a => new { a.CompletedOn, a.Unit, a.AmountHundredths }).ToListAsync(Ct);
        Assert.Equal([(new DateOnly(2020, 1, 10), "aama-ceu", 200L), (new DateOnly(2020, 1, 11), "aama-ceu", 150L)],
            stored.Select(a => (a.CompletedOn, a.Unit, a.AmountHundredths)));
    }

    [Fact]
    public async Task RealRun_Writes_ExitsZero_AndASecondRunChangesNothing()
    {
        await using var app = new AppFactory();
        var file = File(Header,
            DemoPeople.Maria + ",2020-01-10,Imported course,AAMA,2,aama-ceu,clinical,yes,",
            DemoPeople.Maria + ",2020-01-11,Imported course 2,AAMA,2,aama-ceu,clinical,yes,CMA-AAMA");

        var first = await RunAsync(app, "activities", file);
        var second = await RunAsync(app, "activities", file);

        Assert.Equal((0, "activities: 2 rows, 2 created, 0 updated, 0 unchanged, 0 skipped."), (first.Exit, Assert.Single(first.Lines)));
        Assert.Equal((0, "activities: 2 rows, 0 created, 0 updated, 2 unchanged, 0 skipped."), (second.Exit, Assert.Single(second.Lines)));
        await using var db = AppData.Open(app);
        Assert.Equal(2, await db.CeActivities.CountAsync(a => a.Title.StartsWith("Imported course"), Ct));
        Assert.Equal("system", (await db.AuditEntries.FirstAsync(e => e.EntityType == "CsvImport", Ct)).Actor);
    }

    [Fact]
    public async Task SkipInvalid_WritesTheRest_AndExitsThree()
    {
        await using var app = new AppFactory();
        var file = File(Header,
            DemoPeople.Maria + ",2020-01-10,Imported course,AAMA,2,aama-ceu,clinical,yes,",
            DemoPeople.Maria + ",2020-01-11,Imported course 2,AAMA,-2,aama-ceu,clinical,yes,");

        var (exit, lines) = await RunAsync(app, "activities", file, "--skip-invalid");

        Assert.Equal(AdminCommand.ImportSkippedRows, exit);
        Assert.Equal("activities: 2 rows, 1 created, 0 updated, 0 unchanged, 1 skipped (skipped lines: 3).", lines[0]);
        Assert.StartsWith("line 3, amount, \"-2\": ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task People_FromTheVerb_CreateAnUnknownClinic()
    {
        await using var app = new AppFactory();
        var file = File("email,first_name,last_name,clinic,role,time_zone",
            "new.hire@demo.cmarenewal.test,New,Hire,Harbor Clinic,Assistant,America/Los_Angeles");

        var (exit, lines) = await RunAsync(app, "people", file);

        Assert.Equal((0, "people: 1 rows, 1 created, 0 updated, 0 unchanged, 0 skipped."), (exit, Assert.Single(lines)));
        await using var db = AppData.Open(app);
        Assert.True(await db.Clinics.AnyAsync(c => c.Name == "Harbor Clinic", Ct));
    }

    [Fact]
    public async Task AMissingFile_ExitsTwo()
    {
        await using var app = new AppFactory();

        var ex = await Assert.ThrowsAsync<AdminCommandException>(() => RunAsync(app, "people", Path.Combine(folder, "nope.csv")));

        Assert.Equal(2, ex.ExitCode);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import widgets x.csv")]
    [InlineData("import people")]
    [InlineData("import people x.csv --force")]
    public void MistypedImport_SaysWhatIsAccepted(string commandLine)
    {
        var ex = Assert.Throws<AdminCommandException>(() => AdminCommand.Parse(commandLine.Split(' ')));
        Assert.Equal(1, ex.ExitCode);
        Assert.Contains("import people|credentials|activities FILE", ex.Message, StringComparison.Ordinal);
    }
}
