namespace CmaRenewal.Core.Common;

/// <summary>
/// Argument checks for entity constructors and methods: an entity that exists is valid, so pages and importers
/// cannot store what the engine would choke on later.
/// </summary>
public static class Require
{
    /// <summary>Trimmed, non-empty text of at most <paramref name="maxLength"/> characters.</summary>
    public static string Text(string? value, int maxLength, string name)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) throw new ArgumentException($"{name} is required.", name);
        if (trimmed.Length > maxLength)
            throw new ArgumentException($"{name} is longer than {maxLength} characters.", name);
        return trimmed;
    }

    /// <summary>Like <see cref="Text"/>, but blank becomes null.</summary>
    public static string? OptionalText(string? value, int maxLength, string name) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, maxLength, name);

    /// <summary>A stored row's id: ids are assigned by the database, so zero means "not saved yet".</summary>
    public static long Id(long value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a saved row's id.");

    public static DateTime Utc(DateTime value, string name) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException($"{name} must be a UTC instant.", name);
}
