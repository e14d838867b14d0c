using System.Diagnostics;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>Starts the real executable with a bad setting: it must stop at once, saying what to fix.</summary>
public sealed class StartupFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BrokenRulePack_StopsTheAppNamingTheFileAndField()
    {
        var rules = Directory.CreateTempSubdirectory("cmarenewal-rules-");
        try
        {
            var source = Path.Combine(AppContext.BaseDirectory, "rule-packs", "CMA-AAMA.json");
            await File.WriteAllTextAsync(Path.Combine(rules.FullName, "CMA-AAMA.json"),
                (await File.ReadAllTextAsync(source, Ct)).Replace("\"P60M\"", "\"sixty months\"", StringComparison.Ordinal), Ct);

            var (exitCode, error) = await RunAppAsync(("Rules__Directory", rules.FullName));

            Assert.Equal(1, exitCode);
            Assert.Equal("CmaRenewal cannot start: Rule pack 'CMA-AAMA.json', field 'versions[0].cycle.length': " +
                "'sixty months' is not a period such as P60M or P90D.", error.Trim());
        }
        finally
        {
            rules.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task BadDatabaseProvider_StopsTheAppWithTheSettingName()
    {
        var (exitCode, error) = await RunAppAsync(("Database__Provider", "Oracle"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Database:Provider must be Sqlite or SqlServer, not 'Oracle'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqlServerWithoutAConnectionString_StopsTheApp()
    {
        var (exitCode, error) = await RunAppAsync(("Database__Provider", "SqlServer"));

        Assert.Equal(1, exitCode);
        Assert.Contains("ConnectionStrings:CmaRenewal is required when Database:Provider is SqlServer.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("renewals.example.org")]
    [InlineData("ftp://renewals.example.org")]
    public async Task BaseUrlThatIsNotAnAbsoluteWebAddress_StopsTheApp(string baseUrl)
    {
        var (exitCode, error) = await RunAppAsync(("App__BaseUrl", baseUrl));

        Assert.Equal(1, exitCode);
        Assert.Contains("App:BaseUrl must be an absolute http or https address", error, StringComparison.Ordinal);
    }

    /// <summary>Starts the real executable with <paramref name="environment"/> and waits for it to stop on a bad setting.</summary>
    internal static async Task<(int ExitCode, string Error)> RunAppAsync(params (string Name, string Value)[] environment)
    {
        var data = Directory.CreateTempSubdirectory("cmarenewal-start-");
        try
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CmaRenewal.Web.dll"), "--urls", "http://127.0.0.1:0"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["Storage__DataDirectory"] = data.FullName;
            foreach (var (name, value) in environment) start.Environment[name] = value;

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync(Ct);
            _ = process.StandardOutput.ReadToEndAsync(Ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The app kept running instead of stopping on a bad setting.");
            }
            return (process.ExitCode, await error);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
