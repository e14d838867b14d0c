namespace CmaRenewal.E2ETests.Accessibility;

/// <summary>Moves through a page the way a keyboard user does: Tab until the wanted control has the focus.</summary>
public static class KeyboardExtensions
{
    private const int MaxTabs = 80;

    /// <summary>Presses Tab (or Shift+Tab) until <paramref name="target"/> or a control inside it is focused; fails past <see cref="MaxTabs"/>.</summary>
    public static async Task<int> TabToAsync(this IPage page, ILocator target, bool backwards = false)
    {
        for (var presses = 0; presses <= MaxTabs; presses++)
        {
            if (await HasFocusAsync(target)) return presses;
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }
        throw new InvalidOperationException($"{MaxTabs} Tabs never reached {target}.");
    }

    public static Task<bool> HasFocusAsync(this ILocator target) =>
        target.EvaluateAsync<bool>("el => el === document.activeElement || el.contains(document.activeElement)");

    /// <summary>Tabs to a field and types into it, replacing what it held.</summary>
    public static async Task TypeIntoAsync(this IPage page, ILocator field, string text)
    {
        await page.TabToAsync(field);
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.TypeAsync(text);
    }
}
