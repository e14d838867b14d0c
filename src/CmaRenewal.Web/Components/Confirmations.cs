using CmaRenewal.Application.Localization;
using CmaRenewal.Web.Localization;
using MudBlazor;

namespace CmaRenewal.Web.Components;

/// <summary>
/// The one way the app asks before a destructive step: a dialog whose message names what will happen, sized to fit a
/// phone, that Escape or Cancel dismisses without doing anything (<see cref="ConfirmDialog"/> keeps the focus on its
/// Cancel, so Escape reaches it and Enter never confirms by accident).
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
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, message }, { d => d.YesText, yes }, { d => d.CancelText, Words["Cancel"] },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, Options);
        return await dialog.Result is { Canceled: false };
    }
}
