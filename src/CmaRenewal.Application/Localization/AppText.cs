using System.Globalization;
using System.Resources;

namespace CmaRenewal.Application.Localization;

/// <summary>
/// Texts of code that is not a component (wording classes, handlers' messages, emails, import problems), read from
/// the resource pair beside <paramref name="owner"/>'s file (Owner.resx, Owner.es.resx) in the current UI culture.
/// Works for static classes too, which <c>IStringLocalizer&lt;T&gt;</c> cannot take. A missing key throws: a text
/// nobody can read is a bug, not something to show as its key.
/// </summary>
public sealed class AppText(Type owner)
{
    private readonly ResourceManager resources = new(owner.FullName!, owner.Assembly);

    public string this[string key] =>
        resources.GetString(key, CultureInfo.CurrentUICulture)
        ?? throw new MissingManifestResourceException($"No text '{key}' in {owner.FullName}.resx.");

    /// <summary>The text, or null when the pair has no such key (for texts that exist only for some values).</summary>
    public string? Find(string key) => resources.GetString(key, CultureInfo.CurrentUICulture);

    /// <summary>The text with its {0}, {1}… filled in, numbers and dates in the current culture.</summary>
    public string Format(string key, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, this[key], values);
}
