namespace CmaRenewal.Web.Components.Layout;

/// <summary>
/// Light or dark: the person's stored choice, or the system's setting until they choose. Kept in a cookie, so the
/// very first response (sign-in page included, before anyone is known) already has the right colours, with no flash.
/// </summary>
public enum ThemeChoice
{
    System,
    Light,
    Dark,
}

public static class ThemeCookie
{
    public const string Name = "cma-theme";

    /// <summary>Chromium's client hint for the system setting, asked for by <see cref="Hosting.ThemeHintsModule"/>.</summary>
    public const string SystemHint = "Sec-CH-Prefers-Color-Scheme";

    /// <summary>The system setting as the page's script last saw it (js/theme.js), where the hint is not sent.</summary>
    public const string SystemCookie = "cma-system-theme";

    public static ThemeChoice Parse(string? value) =>
        Enum.TryParse<ThemeChoice>(value, ignoreCase: true, out var choice) && Enum.IsDefined(choice) ? choice : ThemeChoice.System;

    /// <summary>Dark or not on the first render: the choice, else the browser's hint where it sent one.</summary>
    public static bool StartsDark(ThemeChoice choice, string? systemHint) => choice switch
    {
        ThemeChoice.Dark => true,
        ThemeChoice.Light => false,
        _ => string.Equals(systemHint, "dark", StringComparison.OrdinalIgnoreCase),
    };
}

/// <summary>What the layout starts with: the choice, and whether the first render is dark.</summary>
public sealed record ThemeStart(ThemeChoice Choice, bool Dark);
