using CmaRenewal.Application.Localization;
using CmaRenewal.Core.People;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CmaRenewal.Web.Localization;

/// <summary>
/// MudBlazor's own texts (the grid pager's "Rows per page:", its "1-10 of 20", close and clear buttons, date picker
/// arrows) in Spanish, from AppMudLocalizer.es.resx; its keys are MudBlazor's LanguageResource names. In English it
/// answers "not found", so MudBlazor keeps its own English word for word (AppMudLocalizer.resx only mirrors it, for the
/// translator and the resource-pair test). MudBlazor fills texts with values ("{0}-{1} of {2}") itself.
/// </summary>
public sealed class AppMudLocalizer(IStringLocalizer<AppMudLocalizer> texts) : MudLocalizer
{
    public override LocalizedString this[string key] => AppCulture.CurrentLanguage == Languages.Spanish
        ? texts[key]
        : new LocalizedString(key, key, resourceNotFound: true);
}
