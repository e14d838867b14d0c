using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace CmaRenewal.E2ETests.Accessibility;

/// <summary>One axe-core finding on one page, short enough to read in a failed test's message.</summary>
public sealed record AxeFinding(string Path, string Rule, string Impact, string Target, string Html)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path} [{Impact}] {Rule} at {Target}: {Html}");
}

/// <summary>Runs axe-core (WCAG 2.x A and AA rules) on the open page and flattens its violations to one line per element.</summary>
public static class AxeScan
{
    /// <summary>The impacts WCAG 2.2 AA conformance is asserted on; moderate and minor are reported but tolerated.</summary>
    public static readonly string[] Blocking = ["critical", "serious"];

    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    public static async Task<IReadOnlyList<AxeFinding>> ScanAsync(this IPage page, string path)
    {
        var result = await page.RunAxe(Options);
        return [.. result.Violations.SelectMany(rule => rule.Nodes.Select(node => new AxeFinding(
            path, rule.Id, node.Impact ?? rule.Impact ?? "unknown", node.Target?.ToString() ?? "", Excerpt(node.Html))))];
    }

    private static string Excerpt(string? html) =>
        html is null ? "" : html.Length <= 120 ? html : string.Concat(html.AsSpan(0, 120), "…");
}
