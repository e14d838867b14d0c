namespace CmaRenewal.E2ETests.Hosting;

/// <summary>Base of a browser test: a page in its own browser context, closed after the test.</summary>
[Collection(BrowserFixtures.Name)]
public abstract class BrowserTest(RunningApp app, DebianChromium chromium) : IAsyncLifetime
{
    private IBrowserContext? context;

    protected IPage Page { get; private set; } = null!;

    protected RunningApp App => app;

    /// <summary>Viewport of the page; a test class overrides it for phone or tablet layouts.</summary>
    protected virtual (int Width, int Height) Viewport => (1280, 800);

    /// <summary>The system's light/dark setting the browser reports; a test class overrides it for the dark theme.</summary>
    protected virtual ColorScheme SystemColorScheme => ColorScheme.Light;

    /// <summary>The browser's language (navigator.language and Accept-Language), e.g. "es-US"; null: Chromium's default.</summary>
    protected virtual string? Locale => null;

    public async ValueTask InitializeAsync()
    {
        context = await chromium.NewContextAsync(app.BaseAddress, Viewport.Width, Viewport.Height, SystemColorScheme, Locale);
        Page = await context.NewPageAsync();
    }

    /// <summary>Opens <paramref name="path"/> and waits until the page answers clicks (see <see cref="PageExtensions"/>).</summary>
    protected async Task GotoInteractiveAsync(string path)
    {
        await Page.GotoAsync(path);
        await Page.WaitForInteractiveAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null) await context.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
