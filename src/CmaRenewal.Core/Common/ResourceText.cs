using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace CmaRenewal.Core.Common;

/// <summary>
/// Texts of code that is not a component, read from the resource pair beside <c>owner</c>'s file (Owner.resx in
/// English, Owner.es.resx in Spanish) in the current UI culture. Works for static classes too. A missing key throws:
/// a text nobody can read is a bug, not something to show as its key.
/// </summary>
public class ResourceText(Type owner)
{
    private readonly ResourceManager resources = new(owner.FullName!, owner.Assembly);

    // Embedded texts never change while the process runs, and the engine asks for the same few per credential: a
    // whole organisation's evaluation would otherwise spend its time in ResourceManager's culture fallback and locks.
    private readonly ConcurrentDictionary<(CultureInfo Culture, string Key), string?> cache = new();

    public string this[string key] =>
        Find(key) ?? throw new MissingManifestResourceException($"No text '{key}' in {owner.FullName}.resx.");

    /// <summary>The text with its {0}, {1}… filled in, numbers and dates in the current culture.</summary>
    public string Format(string key, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, this[key], values);

    /// <summary>The text for <paramref name="key"/> if the pair has one, else null (for glossaries of data words).</summary>
    public string? Find(string key) =>
        cache.GetOrAdd((CultureInfo.CurrentUICulture, key), static (k, r) => r.GetString(k.Key, k.Culture), resources);
}
