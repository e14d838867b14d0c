using System.Diagnostics;

namespace CmaRenewal.IntegrationTests.Security;

/// <summary>
/// Http:MaxRequestBodyBytes is checked at start: a limit too small for a sign-in form, absurdly large, or not a number
/// stops the real executable with one line naming the setting and its range.
/// </summary>
public sealed class RequestBodyLimitSettingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("100")]
    [InlineData("2000000000")]
    [InlineData("lots")]
    public async Task OutOfRangeLimit_StopsTheStartNamingTheSetting(string value)
    {
        var (exitCode, error) = await RunAppAsync(value);

        Assert.Equal(1, exitCode);
        Assert.Equal($"CmaRenewal cannot start: Http:MaxRequestBodyBytes must be a number of bytes from 4096 (4 KiB) to 1073741824 (1 GiB), not '{value}'.",
            error.Trim());
    }

    private static async Task<(int ExitCode, string Error)> RunAppAsync(string limit)
    {
        var data = Directory.CreateTempSubdirectory("cmarenewal-limit-");
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
            start.Environment["Http__MaxRequestBodyBytes"] = limit;
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
                throw new TimeoutException("The app kept running with a bad Http:MaxRequestBodyBytes.");
            }
            return (process.ExitCode, await error);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
