using MudBlazor;

namespace CmaRenewal.Web.Components.Layout;

/// <summary>
/// One theme for the whole app; a calm clinical palette with the status colours kept distinct. Every colour that
/// carries text (a filled chip's white label, a text button's own colour on white) reaches WCAG AA's 4.5:1:
/// MudBlazor's default orange warning is 2.15:1 under white text, so the warning is a deep amber instead.
/// </summary>
public static class AppTheme
{
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
    };
}
