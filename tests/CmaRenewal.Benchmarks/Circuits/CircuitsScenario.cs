using System.Diagnostics;
using System.Globalization;
using CmaRenewal.TestKit.Demo;
using Microsoft.Playwright;

namespace CmaRenewal.Benchmarks.Circuits;

/// <summary>
/// Server memory per Blazor circuit (issue 15): the published app in Production with Server GC, one signed-in manager
/// opening N tabs on /staff in Debian's Chromium, for each N (<c>--circuits 25,50,100</c>) on a fresh server. Prints the
/// managed heap and RSS each circuit adds (after a forced full collection, from the app's loopback-only memory endpoint)
/// and the time until a tab shows the grid's rows and until its circuit is interactive. <c>--app DIR</c> reuses a
/// published folder instead of publishing into a temp one.
/// </summary>
internal static class CircuitsScenario
{
    private const double MiB = 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var counts = Option(args, "--circuits")?.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray() ?? [25, 50, 100];
        var reused = Option(args, "--app");
        var temp = reused is null ? Directory.CreateTempSubdirectory("cmarenewal-circuits-").FullName : null;
        try
        {
            var app = reused ?? Path.Combine(temp!, "app");
            if (reused is null) await PublishedServer.PublishAsync(app);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = "/usr/bin/chromium", Headless = true,
                // Tabs share a few renderer processes, so a hundred tabs fit the machine.
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--renderer-process-limit=4"],
            });
            Console.WriteLine($"circuits on /staff, small demo, published Release, Production, Server GC, {Environment.ProcessorCount} cores");
            foreach (var n in counts) await MeasureAsync(browser, app, n);
            return 0;
        }
        finally
        {
            if (temp is not null) Directory.Delete(temp, recursive: true);
        }
    }

    private static async Task MeasureAsync(IBrowser browser, string app, int circuits)
    {
        await using var server = await PublishedServer.StartAsync(app);
        await using var context = await browser.NewContextAsync(new() { BaseURL = server.Address.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        context.SetDefaultTimeout(120_000);
        // Sign in, and open the grid once and close it, so the baseline holds what the first visit loads for everyone.
        var first = await context.NewPageAsync();
        await SignInAsync(first);
        await OpenStaffAsync(first);
        await first.CloseAsync(new() { RunBeforeUnload = true });
        var before = await SettledAsync(server, 0);

        var rows = new List<double>();
        var interactive = new List<double>();
        var tabs = new List<IPage>();
        for (var i = 0; i < circuits; i++)
        {
            var tab = await context.NewPageAsync();
            tabs.Add(tab);
            var (shown, live) = await OpenStaffAsync(tab);
            rows.Add(shown);
            interactive.Add(live);
        }
        var after = await SettledAsync(server, circuits);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"N={circuits,3}  heap/circuit {(after.ManagedHeapBytes - before.ManagedHeapBytes) / MiB / circuits,6:0.00} MiB  " +
            $"RSS/circuit {(after.ResidentBytes - before.ResidentBytes) / MiB / circuits,6:0.00} MiB  " +
            $"rows shown median {Percentile(rows, 50),6:0} ms p95 {Percentile(rows, 95),6:0} ms  " +
            $"interactive median {Percentile(interactive, 50),6:0} ms p95 {Percentile(interactive, 95),6:0} ms  " +
            $"(heap {before.ManagedHeapBytes / MiB:0.0} -> {after.ManagedHeapBytes / MiB:0.0} MiB, RSS {before.ResidentBytes / MiB:0} -> {after.ResidentBytes / MiB:0} MiB, server GC {after.ServerGc})"));
        foreach (var tab in tabs) await tab.CloseAsync();
    }

    // Times from asking for /staff until the grid shows a person, and until the circuit has rendered interactively.
    private static async Task<(double Rows, double Interactive)> OpenStaffAsync(IPage page)
    {
        var watch = Stopwatch.StartNew();
        await page.GotoAsync("staff");
        await page.Locator("[data-testid=person-link]").First.WaitForAsync();
        var rows = watch.Elapsed.TotalMilliseconds;
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return (rows, watch.Elapsed.TotalMilliseconds);
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("Account/Login");
        await page.Locator("#Input\\.Email").FillAsync(DemoPeople.Rachel);
        await page.Locator("#Input\\.Password").FillAsync(DemoPeople.Password);
        await page.Locator("form:has(#Input\\.Password) button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
    }

    // The memory once the server counts the circuits expected (a closed tab's circuit leaves a moment later).
    private static async Task<MemoryFigures> SettledAsync(PublishedServer server, int circuits)
    {
        var figures = await server.MemoryAsync();
        for (var tries = 0; figures.Circuits != circuits && tries < 60; tries++)
        {
            await Task.Delay(1000);
            figures = await server.MemoryAsync();
        }
        if (figures.Circuits != circuits) Console.WriteLine($"  (the server counts {figures.Circuits} circuits, expected {circuits})");
        return figures;
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
