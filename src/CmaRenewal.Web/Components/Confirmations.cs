using CmaRenewal.Application.Localization;
using CmaRenewal.Web.Localization;
using MudBlazor;

namespace CmaRenewal.Web.Components;

/// <summary>
/// The one way the app asks before a destructive step: a dialog whose message names what will happen, sized to fit a
/// phone, that Escape or Cancel dismisses without doing anything.
/// </summary>
public static class Confirmations
{
    private static readonly AppText Words = new(typeof(SharedText));

    /// <summary>A fresh copy each time: a dialog may keep and change the options it was shown with.</summary>
    public static DialogOptions Options => new()
    {
        MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, CloseButton = false,
    };

    /// <summary>True only when the person pressed <paramref name="yes"/>.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string yes)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        return await dialogs.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: Words["Cancel"], options: Options) == true;
    }
}
