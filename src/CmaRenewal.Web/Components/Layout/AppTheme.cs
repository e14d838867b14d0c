using MudBlazor;

namespace CmaRenewal.Web.Components.Layout;

/// <summary>
/// One theme for the whole app, light and dark; a calm clinical palette with the status colours kept distinct. Every
/// colour that carries text reaches WCAG AA's 4.5:1. Light: a filled chip's white label and a text button's own colour
/// on white (MudBlazor's default orange warning is 2.15:1 under white text, so the warning is a deep amber instead).
/// Dark: the status colours are light tints, 6.9:1 or more on the dark surface, so their filled chips carry dark text
/// (the *ContrastText colours), 7.7:1 or more, instead of white.
/// </summary>
public static class AppTheme
{
    private const string DarkInk = "#121418";

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1e6091",    // 6.7:1 on white
            Secondary = "#0f6e8c",  // 5.8:1
            AppbarBackground = "#184e77",
            Success = "#2e7d32",    // 5.1:1
            Info = "#1565c0",       // 5.8:1
            Warning = "#a84c00",    // 5.7:1
            Error = "#c62828",      // 5.6:1
        },
        PaletteDark = new PaletteDark
        {
            Black = DarkInk,
            Background = DarkInk,
            Surface = "#1c1f24",
            DrawerBackground = "#1c1f24",
            AppbarBackground = "#0f3350", // 13:1 under white
            AppbarText = "#ffffff",
            TextPrimary = "#e6e8eb",      // 13.5:1 on the surface
            TextSecondary = "#b8bdc4",    // 8.8:1
            DrawerText = "#e6e8eb",
            DrawerIcon = "#b8bdc4",
            ActionDefault = "#b8bdc4",
            LinesDefault = "#3a3f47",
            TableLines = "#3a3f47",
            // MudBlazor's dark stripes and hover are bright enough to pull the primary links below 4.5:1; these keep 6.9:1.
            TableStriped = "rgba(255, 255, 255, 0.05)",
            TableHover = "rgba(255, 255, 255, 0.08)",
            Divider = "#3a3f47",
            Primary = "#8ab8e6",          // 7.9:1 on the surface
            PrimaryContrastText = DarkInk, // 8.9:1 on primary
            Secondary = "#6cc4dc",
            SecondaryContrastText = DarkInk,
            Success = "#7fc784",
            SuccessContrastText = DarkInk,
            Info = "#8cb8f2",
            InfoContrastText = DarkInk,
            Warning = "#f0a45a",
            WarningContrastText = DarkInk,
            Error = "#f28b82",            // 6.9:1
            ErrorContrastText = DarkInk,
        },
    };
}
