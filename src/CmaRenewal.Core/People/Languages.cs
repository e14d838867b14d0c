using System.Globalization;

namespace CmaRenewal.Core.People;

/// <summary>
/// The languages the app speaks, as two-letter codes (the person's setting, the language cookie, the emails). A person
/// without a setting reads the browser's language.
/// </summary>
public static class Languages
{
    public const string English = "en";
    public const string Spanish = "es";
    public const int MaxLength = 8;

    public static readonly IReadOnlyList<string> Supported = [English, Spanish];

    /// <summary>The culture each language is read in: US English, US Spanish.</summary>
    public static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-US");

    public static readonly CultureInfo SpanishCulture = CultureInfo.GetCultureInfo("es-US");

    /// <summary>The culture of a language code or culture name; English for anything unsupported or missing.</summary>
    public static CultureInfo CultureOf(string? code) => Find(code) == Spanish ? SpanishCulture : EnglishCulture;

    /// <summary>The supported language a code or culture name ("es", "es-MX", "EN") stands for, or null.</summary>
    public static string? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var language = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return Supported.Contains(language) ? language : null;
    }

    public static string Require(string code, string paramName) =>
        Find(code) ?? throw new ArgumentException($"'{code}' is not a supported language ({string.Join(", ", Supported)}).", paramName);
}
