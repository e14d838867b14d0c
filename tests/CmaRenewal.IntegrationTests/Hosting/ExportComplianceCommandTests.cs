using System.Globalization;
using CmaRenewal.Application.Exports;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.TestKit.Persistence;
using CmaRenewal.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary><c>export-compliance</c> on the real app and the small demo, seeded and judged on a pinned day.</summary>
public sealed class ExportComplianceCommandTests(PinnedDemoApp pinned) : IClassFixture<PinnedDemoApp>
{
    private const string Header =
        "email,credential,number,status,expires_on,ce_due_on,fee_due_on,required,earned,still_need,still_need_by_category,still_need_approved,rule_note,"
        + "audit_ready,audit_gaps";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string[]> CsvLinesAsync(WebApplicationFactory<Program> app, params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(0, await AdminCommand.Parse(["export-compliance", .. args])!.RunAsync(app.Services, output, Ct));
        return output.ToString().Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
    }

    private static string[] Row(string[] lines, string email, string credential) =>
        lines.Select(l => l.Split(',')).Single(f => f[0] == email && f[1] == credential);

    [Fact]
    public async Task Csv_HasTheHeader_AndOneRowPerCredentialOfTheDemo_AsOfToday()
    {
        var app = pinned.App;

        var lines = await CsvLinesAsync(app);

        Assert.Equal(Header, lines[0]);
        Assert.Equal(17, lines.Length - 1);
        var held = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[3] != "Missing").ToList();
        Assert.Equal(15, held.Select(f => f[2]).Distinct().Count());
        // Liam and Noah hold none of the demo's required medical-assistant certifications.
        Assert.Equal(["liam.scott@demo.cmarenewal.test", "noah.davis@demo.cmarenewal.test"],
            lines.Skip(1).Select(l => l.Split(',')).Where(f => f[3] == "Missing").Select(f => f[0]));
        Assert.Equal(lines, await CsvLinesAsync(app, "--as-of", "2026-06-15"));
    }

    [Fact]
    public async Task Pivot_HasOneRowPerPerson_WithTheirStatusUnderEachCode()
    {
        var app = pinned.App;

        var rows = (await CsvLinesAsync(app)).Skip(1).Select(l => l.Split(',')).ToList();
        var pivot = (await CsvLinesAsync(app, "--pivot")).Select(l => l.Split(',')).ToList();

        Assert.Equal(["email", "name", .. rows.Select(r => r[1]).Distinct().Order(StringComparer.Ordinal)], pivot[0]);
        Assert.Equal(rows.Select(r => r[0]).Distinct().Order(StringComparer.OrdinalIgnoreCase), pivot.Skip(1).Select(p => p[0]));
        var maria = pivot.Single(p => p[0] == DemoPeople.Maria);
        Assert.Equal("Maria Lopez", maria[1]);
        var mariaAama = rows.Single(r => r[0] == DemoPeople.Maria && r[1] == "CMA-AAMA");
        Assert.Equal(mariaAama[3], maria[Array.IndexOf(pivot[0], "CMA-AAMA")]);
    }

    [Fact]
    public async Task AamaRows_ListEveryCategoryInOrder_AndBlsRowsHaveNoCeFigures()
    {
        var app = pinned.App;

        var rows = (await CsvLinesAsync(app)).Skip(1).Select(l => l.Split(',')).ToList();

        var aama = rows.Where(f => f[1] == "CMA-AAMA").ToList();
        Assert.NotEmpty(aama);
        Assert.All(aama, f => Assert.Matches(@"^administrative:\d+(\.\d+)?;clinical:\d+(\.\d+)?;general:\d+(\.\d+)?$", f[10]));
        Assert.All(aama, f => Assert.Equal("60", f[7]));
        var bls = rows.Where(f => f[1] == "BLS-AHA").ToList();
        Assert.NotEmpty(bls);
        Assert.All(bls, f => Assert.Equal(["", "", "", "", ""], f[7..12]));
        Assert.All(bls, f => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", f[4]));
    }

    [Fact]
    public async Task RuleNote_ComesBeforeTheAuditColumns_NamingTheRulesVersionAndItsUnverifiedValues()
    {
        var app = pinned.App;

        var lines = await CsvLinesAsync(app);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();

        Assert.EndsWith(",still_need_approved,rule_note,audit_ready,audit_gaps", lines[0], StringComparison.Ordinal);
        Assert.All(rows, f => Assert.Equal(15, f.Length));
        Assert.All(rows.Where(f => f[1] == "CMA-AAMA"), f => Assert.Equal(
            "rules v1; unverified: fee recertification amount; fee recertification amountNonMember; "
            + "unit clock-hour factor; unit iacet-ceu factor; unit nha-credit factor", f[12]));
        Assert.All(rows.Where(f => f[1] == "BLS-AHA"), f => Assert.Equal("rules v1", f[12]));
        Assert.All(rows.Where(f => f[3] == "Missing"), f => Assert.Equal("", f[12])); // no rule pack judged it
        Assert.All(rows.Where(f => f[1].EndsWith("-NHA", StringComparison.Ordinal) && f[3] != "Missing"),
            f => Assert.StartsWith("rules v1; unverified: cycle anchor; fee renewal amount; ", f[12], StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditColumns_CarryTheDrillsCounts_ForEveryCredential()
    {
        var app = pinned.App;

        var rows = (await CsvLinesAsync(app)).Skip(1).Select(l => l.Split(',')).ToList();
        var drill = await DrillAsync(app);

        // The demo's CE has no certificate files: Maria's counted CE fails an audit, and her rows say so as the drill does.
        var maria = rows.Single(f => f[0] == DemoPeople.Maria && f[1] == "CMA-AAMA");
        Assert.Equal("no", maria[13]);
        Assert.StartsWith("certificates:", maria[14], StringComparison.Ordinal);
        // The drill lists active people only; the export lists everyone.
        var drilled = rows.Where(f => drill.Any(d => d.Email == f[0] && d.Number == f[2])).ToList();
        Assert.Contains(maria, drilled);
        Assert.All(drilled, f =>
        {
            var expected = drill.Single(d => d.Email == f[0] && d.Number == f[2]).Readiness;
            Assert.Equal((expected.IsReady ? "yes" : "no", expected.Gaps), (f[13], f[14]));
        });
    }

    // Every demo credential's readiness as the audit drill judges it (an admin drills every clinic), with its holder's email and number.
    private static async Task<List<(string Email, string Number, Core.AuditPacks.AuditReadiness Readiness)>> DrillAsync(AppFactory app)
    {
        var admin = await app.Services.ActorAsync(DemoPeople.Ada, Ct);
        await using var scope = app.Services.CreateAsyncScope();
        var rows = (await scope.ServiceProvider.GetRequiredService<Application.People.PersonDetail.PersonDetailQuery>().DrillAsync(admin, null, Ct)).Value!;
        await using var db = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Infrastructure.Persistence.CmaRenewalDbContext>>()
            .CreateDbContext();
        var held = db.Credentials.Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { c.Id, p.Email, c.Number }).ToDictionary(x => x.Id);
        return [.. rows.Select(r => (held[r.CredentialId].Email, held[r.CredentialId].Number ?? "", r.Readiness))];
    }

    [Theory]
    [InlineData(null, 30)] // unset: the organisation default, the dates AAMA credentials always had
    [InlineData("45", 45)]
    [InlineData("0", 0)]
    public async Task ThePoliciesLeadTime_SetsAamaCeAndFeeDue_AndNoOtherBodys(string? setting, int days)
    {
        (string, string?)[] policy = setting is null ? [] : [("Policies:CeLeadTimeDays", setting)];
        await using var app = new AppFactory(policy) { Clock = new FakeTimeProvider(PinnedDemoApp.Now) };

        var rows = (await CsvLinesAsync(app)).Skip(1).Select(l => l.Split(',')).ToList();

        var aama = rows.Where(f => f[1] == "CMA-AAMA").ToList();
        Assert.NotEmpty(aama);
        Assert.All(aama, f => Assert.Equal(DateOnly.Parse(f[4], CultureInfo.InvariantCulture).AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f[5]));
        Assert.All(aama.Where(f => f[6].Length > 0), f => Assert.Equal(f[5], f[6]));
        Assert.All(rows.Where(f => f[1] != "CMA-AAMA" && f[5].Length > 0), f => Assert.Equal(f[4], f[5]));
    }

    [Fact]
    public async Task Clinic_FiltersToThatClinic_ByNameInAnyCase()
    {
        var app = pinned.App;
        var all = (await CsvLinesAsync(app)).Skip(1).ToHashSet();

        string[] clinics = ["riverside family medicine", "LAKESIDE PEDIATRICS", "Mesa Urgent Care"];
        var perClinic = new List<string[]>();
        foreach (var clinic in clinics) perClinic.Add((await CsvLinesAsync(app, "--clinic", clinic))[1..]);

        // One row per credential: Riverside six, Lakeside three (Tom, Grace, Sam), Mesa six (Olivia, Noah 2, Emma 2, Ava);
        // and one Missing row each for Liam (Riverside) and Noah (Mesa).
        Assert.Equal([7, 3, 7], perClinic.Select(rows => rows.Length));
        Assert.Equal(all, perClinic.SelectMany(r => r).ToHashSet());
        Assert.Equal(all.Count, perClinic.Sum(r => r.Length));
    }

    [Fact]
    public async Task UnknownClinic_IsRefusedWithExitCode2()
    {
        var app = pinned.App;

        var ex = await Assert.ThrowsAsync<AdminCommandException>(() =>
            AdminCommand.Parse(["export-compliance", "--clinic", "Hilltop"])!.RunAsync(app.Services, new StringWriter(), Ct));

        Assert.Equal("No clinic named 'Hilltop'.", ex.Message);
        Assert.Equal(2, ex.ExitCode);
    }

    [Theory]
    [InlineData("export-compliance --as-of 2026-13-01", "--as-of must be a date like 2026-12-01, not '2026-13-01'.")]
    [InlineData("export-compliance --as-of", "--as-of must be a date like 2026-12-01, not ''.")]
    [InlineData("export-compliance --format pdf", "--format must be csv or xlsx, not 'pdf'.")]
    [InlineData("export-compliance --format xlsx", "--format xlsx needs --out FILE.")]
    [InlineData("export-compliance --clinic", "--clinic needs a clinic name.")]
    [InlineData("export-compliance --out", "--out needs a file name.")]
    public void MistypedOptions_SayWhatIsAccepted(string commandLine, string message)
    {
        var ex = Assert.Throws<AdminCommandException>(() => AdminCommand.Parse(commandLine.Split(' ')));
        Assert.Equal(message, ex.Message);
        Assert.Equal(1, ex.ExitCode);
    }

    [Fact]
    public async Task XlsxAndCsvFiles_HaveTheSameHeaderAndRows_AndTheCsvHasNoBom()
    {
        var app = pinned.App;
        var xlsx = Path.Combine(app.DataDirectory, "compliance.xlsx");
        var csv = Path.Combine(app.DataDirectory, "compliance.csv");

        var said = (await CsvLinesAsync(app, "--format", "xlsx", "--out", xlsx)).Single();
        await CsvLinesAsync(app, "--out", csv);

        Assert.Equal($"Wrote 17 credentials as of 2026-06-15 to {xlsx}.", said);
        var sheet = MiniExcel.Query(xlsx, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(ComplianceExportColumns.Names, sheet[0].Values.Select(v => v?.ToString()));
        Assert.Equal(18, sheet.Count);
        var bytes = await File.ReadAllBytesAsync(csv, Ct);
        Assert.Equal((byte)'e', bytes[0]);
        Assert.Equal(await CsvLinesAsync(app), (await File.ReadAllLinesAsync(csv, Ct)).Where(l => l.Length > 0));
    }

    [Fact]
    public async Task AsOfInTheFuture_JudgesOnThatDay()
    {
        var app = pinned.App;

        var today = await CsvLinesAsync(app);
        var later = await CsvLinesAsync(app, "--as-of", "2031-06-15");

        Assert.Equal("Compliant", Row(today, DemoPeople.Maria, "CMA-AAMA")[3]);
        Assert.Equal("Lapsed", Row(later, DemoPeople.Maria, "CMA-AAMA")[3]);
        Assert.NotEqual(today.Skip(1).Select(l => l.Split(',')[3]), later.Skip(1).Select(l => l.Split(',')[3]));
    }
}
