using MudBlazor;

namespace CmaRenewal.Web.Components.Layout;

/// <summary>One theme for the whole app; a calm clinical palette with the status colours kept distinct.</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1e6091",
            Secondary = "#168aad",
            AppbarBackground = "#184e77",
        },
    };
}
