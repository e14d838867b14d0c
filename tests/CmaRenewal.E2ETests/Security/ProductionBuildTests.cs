using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Security;

/// <summary>
/// Issue 9, "Production from a build": <c>dotnet run -c Release</c> in Production served 500 for
/// <c>_framework/blazor.web.js</c>, because outside Development static web assets come only from a publish output.
/// Publishing is the documented way (README, "Running in production"): the published app must serve every script and
/// stylesheet and come up interactive, and the build output must say at start that it has to be published.
/// </summary>
[Collection(BrowserFixtures.Name)]
public sealed class ProductionBuildTests(PublishedApp published, DebianChromium chromium) : IClassFixture<PublishedApp>
{
    private const string PublishAdvice = "CmaRenewal runs from a build output in Production";

    [Fact]
    public async Task PublishedApp_InProduction_ServesEveryAssetAndStartsBlazor()
    {
        await using var context = await chromium.NewContextAsync(published.App.BaseAddress);
        var page = await context.NewPageAsync();
        var assets = new List<(string Url, int Status)>();
        var failed = new List<string>();
        page.Response += (_, r) =>
        {
            if (r.Request.ResourceType is "script" or "stylesheet") lock (assets) assets.Add((r.Url, r.Status));
        };
        page.RequestFailed += (_, r) =>
        {
            if (r.ResourceType is "script" or "stylesheet") lock (failed) failed.Add($"{r.Url}: {r.Failure}");
        };

        await page.SignInAsync(DemoPeople.Maria, "Account/Login");
        // The marker MainLayout sets on its first interactive render: the circuit is up, so Blazor started.
        await page.WaitForInteractiveAsync();

        lock (assets)
        {
            Assert.Contains(assets, a => a.Url.Contains("_framework/blazor.web", StringComparison.Ordinal));
            Assert.Contains(assets, a => a.Url.Contains("MudBlazor", StringComparison.OrdinalIgnoreCase));
            Assert.All(assets, a => Assert.True(a.Status == 200, $"{a.Url} answered {a.Status}"));
        }
        Assert.Empty(failed);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.Blazor === 'object'"));
        Assert.DoesNotContain(PublishAdvice, published.App.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildOutput_InProduction_SaysAtStartToPublish()
    {
        // What `dotnet run -c Release` starts: the Release build in bin/, from the project folder.
        var dll = Path.Combine(PublishedApp.Project, "bin", "Release", "net10.0", "CmaRenewal.Web.dll");

        await using var app = await ProductionProcess.StartAppAsync(dll, PublishedApp.Project, published.NewDataDirectory());

        Assert.Contains(PublishAdvice, app.Output, StringComparison.Ordinal);
        Assert.Contains("dotnet publish src/CmaRenewal.Web -c Release -o out", app.Output, StringComparison.Ordinal);
    }
}
