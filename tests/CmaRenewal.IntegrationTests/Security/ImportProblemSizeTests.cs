using CmaRenewal.IntegrationTests.Hosting;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.Web.Hosting;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Issue 9, "Import echoes the whole bad cell": the admin <c>import</c> verb on the real app never prints more than a
/// short quote of a bad value, a huge record is refused without being read whole, and a field longer than its column is
/// a problem on its row rather than a crash.
/// </summary>
public sealed class ImportProblemSizeTests(ImportProblemSizeTests.App fixture) : IClassFixture<ImportProblemSizeTests.App>, IDisposable
{
    private const string Maria = DemoPeople.Maria;
    private const string PeopleHeader = "email,first_name,last_name,clinic,role,time_zone";
    private const string CredentialsHeader = "email,credential,number,certified_on,last_recertified_on,fee_paid_through";
    private const string ActivitiesHeader = "email,completed_on,title,provider,amount,unit,category,approved,counts_toward";

    // The longest line a problem may print: line, column, a quote of about 100 characters, the length, the reason.
    private const int LongestLine = 400;

    private readonly string folder = Directory.CreateTempSubdirectory("cmarenewal-import-size-").FullName;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One app with the small demo for the class: every run here is a dry run or writes nothing.</summary>
    public sealed class App : IAsyncDisposable
    {
        public AppFactory Factory { get; } = new();

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task AFiftyMegabyteCell_IsRefusedAsAFileProblem_InOneShortLine()
    {
        var path = Path.Combine(folder, "huge.csv");
        await using (var writer = File.CreateText(path))
        {
            await writer.WriteLineAsync(PeopleHeader);
            await writer.WriteAsync(new string('a', 50 * 1024 * 1024));
            await writer.WriteLineAsync("@example.org,Big,Cell,Riverside Family Medicine,Assistant,");
        }

        var (exit, lines) = await RunAsync("people", path);

        Assert.Equal(AdminCommand.ImportRefused, exit);
        Assert.All(lines, line => Assert.True(line.Length < LongestLine, $"{line.Length} characters: {line[..Math.Min(line.Length, 200)]}"));
        Assert.Equal("people: 0 rows, would create 0, would update 0, would leave 0 unchanged, would skip 0 (dry run: nothing written; 1 problem).", lines[0]);
        Assert.Equal("line 2: a record is longer than 64 KB (is a quote never closed?): no import needs rows that long, so nothing was read", lines[1]);
    }

    [Fact]
    public async Task AHugeHeader_OrAQuoteNeverClosed_IsRefusedTheSameWay()
    {
        var header = Write(PeopleHeader + "," + new string('h', 200_000), "a@example.org,A,B,Riverside Family Medicine,Assistant,,x");
        var unclosed = Write(PeopleHeader, "\"never closed," + string.Join("\n", Enumerable.Repeat("a@example.org,A,B,Riverside Family Medicine,Assistant,", 5_000)));

        var (headerExit, headerLines) = await RunAsync("people", header);
        var (unclosedExit, unclosedLines) = await RunAsync("people", unclosed);

        Assert.Equal((AdminCommand.ImportRefused, 2), (headerExit, headerLines.Length));
        Assert.StartsWith("line 1: a record is longer than 64 KB", headerLines[1], StringComparison.Ordinal);
        Assert.Equal((AdminCommand.ImportRefused, 2), (unclosedExit, unclosedLines.Length));
        Assert.StartsWith("line 2: a record is longer than 64 KB", unclosedLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALongValue_IsQuotedToAHundredCharacters_WithItsLength()
    {
        var title = new string('t', 20_000);
        var path = Write(ActivitiesHeader, $"{Maria},2025-01-10,{title},AAMA,2,aama-ceu,clinical,yes,");

        var (exit, lines) = await RunAsync("activities", path);

        Assert.Equal(AdminCommand.ImportRefused, exit);
        Assert.Equal($"line 2, title, \"{title[..100]}… (20,000 characters)\": Keep the title under 300 characters.", lines[1]);
    }

    [Theory]
    [InlineData("people", PeopleHeader, "{0}@example.org,Long,Email,Riverside Family Medicine,Assistant,", "email")]
    [InlineData("people", PeopleHeader, "long.first@example.org,{0},Name,Riverside Family Medicine,Assistant,", "first_name")]
    [InlineData("people", PeopleHeader, "long.last@example.org,Long,{0},Riverside Family Medicine,Assistant,", "last_name")]
    [InlineData("people", PeopleHeader, "long.clinic@example.org,Long,Clinic,{0},Assistant,America/Chicago", "clinic")]
    [InlineData("people", PeopleHeader, "long.role@example.org,Long,Role,Riverside Family Medicine,{0},", "role")]
    [InlineData("people", PeopleHeader, "long.zone@example.org,Long,Zone,Riverside Family Medicine,Assistant,{0}", "time_zone")]
    [InlineData("credentials", CredentialsHeader, Maria + ",{0},N-1,2024-01-10,,", "credential")]
    [InlineData("credentials", CredentialsHeader, Maria + ",RMA-AMT,{0},2024-01-10,,", "number")]
    [InlineData("credentials", CredentialsHeader, Maria + ",RMA-AMT,N-2,{0},,", "certified_on")]
    [InlineData("credentials", CredentialsHeader, Maria + ",RMA-AMT,N-3,2024-01-10,{0},", "last_recertified_on")]
    [InlineData("credentials", CredentialsHeader, Maria + ",RMA-AMT,N-4,2024-01-10,,{0}", "fee_paid_through")]
    [InlineData("activities", ActivitiesHeader, Maria + ",2025-01-10,Course,{0},2,aama-ceu,clinical,yes,", "provider")]
    [InlineData("activities", ActivitiesHeader, Maria + ",2025-01-10,Course,AAMA,{0},aama-ceu,clinical,yes,", "amount")]
    [InlineData("activities", ActivitiesHeader, Maria + ",2025-01-10,Course,AAMA,2,{0},clinical,yes,", "unit")]
    [InlineData("activities", ActivitiesHeader, Maria + ",2025-01-10,Course,AAMA,2,aama-ceu,{0},yes,", "category")]
    [InlineData("activities", ActivitiesHeader, Maria + ",2025-01-10,Course,AAMA,2,aama-ceu,clinical,{0},", "approved")]
    [InlineData("activities", ActivitiesHeader, Maria + ",2025-01-10,Course,AAMA,2,aama-ceu,clinical,yes,{0}", "counts_toward")]
    public async Task AFieldLongerThanItsColumn_IsAProblemOnItsRow_NotACrash(string kind, string header, string row, string column)
    {
        var path = Write(header, string.Format(System.Globalization.CultureInfo.InvariantCulture, row, new string('x', 5_000)));

        // A real run: a crash would be an exception here (or in the writing pass), not a refusal.
        var (exit, lines) = await RunAsync(kind, path, dryRun: false);

        Assert.Equal(AdminCommand.ImportRefused, exit);
        var problem = Assert.Single(lines, l => l.StartsWith($"line 2, {column}, ", StringComparison.Ordinal));
        Assert.Matches(@"^line 2, [a-z_]+, ""x{100}… \([0-9,]+ characters\)"": ", problem);
        Assert.All(lines, line => Assert.True(line.Length < LongestLine, line));
    }

    private string Write(params string[] lines)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    private async Task<(int Exit, string[] Lines)> RunAsync(string kind, string path, bool dryRun = true)
    {
        var output = new StringWriter();
        string[] args = dryRun ? ["import", kind, path, "--dry-run"] : ["import", kind, path];
        var exit = await AdminCommand.Parse(args)!.RunAsync(fixture.Factory.Services, output, Ct);
        return (exit, output.ToString().Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries));
    }
}
