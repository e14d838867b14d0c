using System.Globalization;
using CmaRenewal.E2ETests.Accessibility;
using CmaRenewal.TestKit.Demo;

namespace CmaRenewal.E2ETests.Pages;

/// <summary>On a common laptop screen (1366 × 768) no title or column header is split inside a word.</summary>
public sealed class DesktopTitlesTests(RunningApp app, DebianChromium chromium) : BrowserTest(app, chromium)
{
    protected override (int Width, int Height) Viewport => (1366, 768);

    // The pages with tables and the longest titles.
    private static readonly string[] Pages =
    [
        "/", "/me", "/rules", "/staff", "/staff/people", "/staff/audit-drill", "/people/{maria}",
        "/admin/clinics", "/admin/people", "/admin/audit", "/admin/outbox",
    ];

    // Every word of every heading and table header: a word whose glyphs sit on more than one line was broken inside it.
    // Hyphens and slashes are break points a reader expects, so the parts around them count as words of their own.
    private const string WordsBrokenInside = """
        () => {
            const broken = [];
            for (const el of document.querySelectorAll('h1, h2, h3, h4, h5, h6, th')) {
                if (el.getClientRects().length === 0) continue;
                const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const m of node.data.matchAll(/[^\s\-\/‐–—]+/g)) {
                        const range = document.createRange();
                        range.setStart(node, m.index);
                        range.setEnd(node, m.index + m[0].length);
                        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                        if (lines.size > 1) broken.push(`${el.tagName.toLowerCase()} "${el.textContent.trim()}": ${m[0]}`);
                    }
                }
            }
            return broken;
        }
        """;

    [Fact]
    public async Task NoTitleOrHeader_BreaksInsideAWord()
    {
        await Page.SignInAsync(DemoPeople.Ada);
        var maria = (await App.PersonIdAsync(DemoPeople.Maria)).ToString(CultureInfo.InvariantCulture);
        var broken = new List<string>();
        foreach (var path in Pages.Select(p => p.Replace("{maria}", maria, StringComparison.Ordinal)))
        {
            await GotoInteractiveAsync(path);
            await Page.WaitForFunctionAsync("() => !document.querySelector('.mud-table-loading, .mud-skeleton, .mud-progress-indeterminate')");
            broken.AddRange((await Page.EvaluateAsync<string[]>(WordsBrokenInside)).Select(b => $"{path}: {b}"));
        }

        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }
}
