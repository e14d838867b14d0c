using System.Diagnostics;
using System.Text.Json;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>
/// <c>Logging:Console:FormatterName=json</c> (the Docker image's default) makes every console log line one JSON object,
/// which log shippers read without a pattern. Run on the real executable, as an operator runs it.
/// </summary>
public sealed class JsonConsoleLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithTheJsonFormatter_EveryLogLineIsOneJsonObject()
    {
        var data = Directory.CreateTempSubdirectory("cmarenewal-json-logs-");
        try
        {
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CmaRenewal.Web.dll"), "migrate"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["Storage__DataDirectory"] = data.FullName;
            start.Environment["Logging__Console__FormatterName"] = "json";
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync(Ct);
            var output = process.StandardOutput.ReadToEndAsync(Ct);
            await process.WaitForExitAsync(Ct).WaitAsync(TimeSpan.FromSeconds(90), Ct);

            // An admin verb logs on stderr, so stdout stays its own output.
            Assert.Equal(0, process.ExitCode);
            Assert.Equal("The database is up to date.", (await output).Trim());
            var lines = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var entries = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
            Assert.All(entries, e => Assert.Equal(JsonValueKind.Object, e.ValueKind));
            var migrating = Assert.Single(entries, e => e.GetProperty("Message").GetString()!.StartsWith("Migrating the Microsoft.EntityFrameworkCore.Sqlite database", StringComparison.Ordinal));
            Assert.Equal("Information", migrating.GetProperty("LogLevel").GetString());
            Assert.Equal("CmaRenewal.Infrastructure.Persistence.DatabaseMigrator", migrating.GetProperty("Category").GetString());
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
