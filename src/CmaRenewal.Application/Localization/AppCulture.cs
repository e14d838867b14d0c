using System.Globalization;
using CmaRenewal.Core.Common;
using CmaRenewal.Core.People;

namespace CmaRenewal.Application.Localization;

/// <summary>
/// The culture each language is read in (US English, US Spanish), and a scope that switches the current thread to a
/// person's language: emails and other texts made away from the person's own request use it.
/// </summary>
public static class AppCulture
{
    public static readonly CultureInfo English = Languages.EnglishCulture;
    public static readonly CultureInfo Spanish = Languages.SpanishCulture;

    public static readonly IReadOnlyList<CultureInfo> Supported = [English, Spanish];

    /// <summary>The culture of a language code or culture name; English for anything unsupported or missing.</summary>
    public static CultureInfo For(string? language) => Languages.CultureOf(language);

    /// <summary>The language the current thread reads in (invariant and unsupported cultures read English).</summary>
    public static string CurrentLanguage => Languages.Find(CultureInfo.CurrentUICulture.Name) ?? Languages.English;

    /// <summary>Switches culture and UI culture to <paramref name="language"/> until disposed.</summary>
    public static IDisposable Use(string? language) => new CultureScope(For(language));
}
