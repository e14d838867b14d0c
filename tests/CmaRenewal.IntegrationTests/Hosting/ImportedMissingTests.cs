using CmaRenewal.Application.Exports;
using CmaRenewal.Web.Hosting;

namespace CmaRenewal.IntegrationTests.Hosting;

/// <summary>
/// An assistant imported into a demo clinic with no credential is Missing at once: the demo's default asks assistants
/// for one of the four medical-assistant certifications, and <c>export-compliance</c> says so in its own row.
/// </summary>
public sealed class ImportedMissingTests : IAsyncLifetime
{
    private const string Hire = "new.hire@demo.cmarenewal.test";
    private readonly string folder = Directory.CreateTempSubdirectory("cmarenewal-missing-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task AnImportedAssistant_WithoutACredential_IsAMissingRow_WithOnlyEmailCredentialAndStatus()
    {
        await using var app = new AppFactory();
        var file = Path.Combine(folder, "people.csv");
        await File.WriteAllTextAsync(file, "email,first_name,last_name,clinic,role,time_zone\n" +
            $"{Hire},New,Hire,Riverside Family Medicine,Assistant,America/Chicago\n", Ct);
        Assert.Equal(0, await AdminCommand.Parse(["import", "people", file])!.RunAsync(app.Services, new StringWriter(), Ct));

        var output = new StringWriter();
        Assert.Equal(0, await AdminCommand.Parse(["export-compliance"])!.RunAsync(app.Services, output, Ct));

        var lines = output.ToString().Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ComplianceExportColumns.Names), lines[0]);
        var row = Assert.Single(lines.Skip(1), l => l.StartsWith(Hire + ",", StringComparison.Ordinal)).Split(',');
        var header = lines[0].Split(',');
        Assert.Equal(header.Length, row.Length);
        Assert.Equal([Hire, "CMA-AAMA|RMA-AMT|NCMA-NCCT|CCMA-NHA", "", "Missing"], row[..4]);
        Assert.All(row[4..], cell => Assert.Equal("", cell));
    }
}
