using System.Text;
using CmaRenewal.Application.Imports;

namespace CmaRenewal.UnitTests.Application.Imports;

/// <summary>The file as a whole: encoding, header, quoting, empty files. A file-level problem means nothing is imported.</summary>
public sealed class ImportFileTests : IAsyncLifetime
{
    private ImportWorld world = null!;

    public async ValueTask InitializeAsync() => world = await ImportWorld.CreateAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => world.DisposeAsync();

    private const string Row = "ana.lopez@example.org,2026-01-10,Course,AAMA,1,aama-ceu,clinical,yes,";

    [Fact]
    public async Task NotUtf8_IsRefused_NamingTheLine()
    {
        var latin1 = Encoding.Latin1.GetBytes(ImportWorld.Csv(ImportWorld.ActivitiesHeader, Row,
            "ana.lopez@example.org,2026-01-11,Caf\u00e9 talk,AAMA,1,aama-ceu,clinical,yes,"));

        var report = await world.RunAsync(ImportKind.Activities, latin1);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("line 3: not UTF-8: save the file as UTF-8 (\"CSV UTF-8\" in Excel)", problem.ToString());
        Assert.False(report.Written);
        Assert.Equal(0, report.Rows);
    }

    [Fact]
    public async Task NotUtf8_FarIntoALargeFile_NamesTheRightLine()
    {
        var text = new StringBuilder(ImportWorld.ActivitiesHeader + "\n");
        for (var i = 0; i < 5000; i++) text.Append(Row.Replace("Course", $"Course {i}", StringComparison.Ordinal)).Append('\n');
        var bytes = Encoding.UTF8.GetBytes(text.ToString()).Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();

        var report = await world.RunAsync(ImportKind.Activities, bytes, dryRun: true);

        Assert.Equal(5002, Assert.Single(report.Problems).Line);
    }

    [Fact]
    public async Task Utf8WithBom_AndCafeInUtf8_Import()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ImportWorld.Csv(ImportWorld.ActivitiesHeader,
            "ana.lopez@example.org,2026-01-11,Caf\u00e9 talk,AAMA,1,aama-ceu,clinical,yes,"))).ToArray();

        var report = await world.RunAsync(ImportKind.Activities, bytes);

        Assert.Empty(report.Problems);
        Assert.Equal(1, report.Created);
        await using var db = world.Database.CreateContext();
        Assert.Contains(db.CeActivities, a => a.Title == "Caf\u00e9 talk");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n")]
    public async Task EmptyFile_IsRefused(string text)
    {
        var report = await world.RunAsync(ImportKind.People, text);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(1, problem.Line);
        Assert.StartsWith("the file is empty", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingColumn_IsRefused_NamingEachMissingColumn()
    {
        var report = await world.RunAsync(ImportKind.Activities,
            "email,completed_on,title,amount,unit,category,approved\r\n" + "ana.lopez@example.org,2026-01-10,Course,1,aama-ceu,,yes\r\n");

        Assert.Equal(["line 1, provider, \"\": missing column", "line 1, counts_toward, \"\": missing column"],
            report.Problems.Select(p => p.ToString()));
        Assert.False(report.Written);
    }

    [Fact]
    public async Task ColumnsInAnyOrder_AndExtraColumns_AreFine()
    {
        var report = await world.RunAsync(ImportKind.Activities,
            "Notes,counts_toward,approved,category,unit,amount,provider,title,completed_on,EMAIL\r\n" +
            "ignored,,yes,clinical,aama-ceu,1.5,AAMA,Course,2026-01-10,Ana.Lopez@Example.org\r\n");

        Assert.Empty(report.Problems);
        Assert.Equal(1, report.Created);
    }

    [Fact]
    public async Task QuotedFields_WithCommasQuotesAndLineBreaks_AreRead_AndLinesCountPhysicalLines()
    {
        var csv = ImportWorld.Csv(ImportWorld.ActivitiesHeader,
            "ana.lopez@example.org,2026-01-10,\"Asthma, COPD and \"\"you\"\"\",AAMA,1,aama-ceu,clinical,yes,",
            "ana.lopez@example.org,2026-01-11,\"Two\nlines\",AAMA,1,aama-ceu,clinical,yes,",
            "ana.lopez@example.org,2026-01-12,Third,AAMA,1,aama-ceu,clinical,maybe,");

        var report = await world.RunAsync(ImportKind.Activities, csv, dryRun: true);

        Assert.Equal(5, Assert.Single(report.Problems).Line);
        Assert.Equal(2, report.Created);
    }

    [Fact]
    public async Task MalformedQuoting_IsAProblemOnItsLine_AndTheOtherRowsStillCount()
    {
        var csv = ImportWorld.Csv(ImportWorld.ActivitiesHeader, Row,
            "ana.lopez@example.org,2026-01-11,Bad \"quote\" here,AAMA,1,aama-ceu,clinical,yes,",
            "ana.lopez@example.org,2026-01-12,Fine,AAMA,1,aama-ceu,clinical,yes,");

        var report = await world.RunAsync(ImportKind.Activities, csv, dryRun: true);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Null(problem.Column);
        Assert.Equal((3, 2, 1), (report.Rows, report.Created, report.Skipped));
    }

    [Fact]
    public void Templates_HaveTheRequiredHeader_AndOneExampleRow()
    {
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            var lines = ImportColumns.Template(kind).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Equal(string.Join(',', ImportColumns.Required(kind)), lines[0]);
        }
    }
}
