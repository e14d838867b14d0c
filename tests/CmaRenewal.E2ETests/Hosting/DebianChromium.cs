namespace CmaRenewal.E2ETests.Hosting;

/// <summary>
/// Debian's Chromium (package <c>chromium</c>) driven by Playwright, launched once per test collection. Playwright's
/// own browser download is never used: it needs the internet, which CI does not have.
/// </summary>
public sealed class DebianChromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        // Without the browser the collection still starts; each test then reports why it cannot run (see Require).
        if (!File.Exists(ExecutablePath)) return;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
        // The 2-core CI machine runs test projects side by side: give the circuit time to come up.
        SetDefaultExpectTimeout(15_000);
    }

    /// <summary>A fresh browser context (own cookies, own circuit) at the app's address.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, int width = 1280, int height = 800,
        ColorScheme colorScheme = ColorScheme.Light, string? locale = null)
    {
        Require();
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = colorScheme,
            Locale = locale,
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>Skips the calling test when the browser is missing, but fails it on CI, where it must never be skipped.</summary>
    private static void Require()
    {
        if (File.Exists(ExecutablePath)) return;
        var reason = $"Chromium is not installed at {ExecutablePath} (Debian: apt-get install -y chromium).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"{reason} CI=true: browser tests must run on CI, not be skipped.");
        Assert.Skip(reason);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
