namespace CmaRenewal.Application.Common;

/// <summary>
/// The sentence an entity guard wrote, as a person should read it. <see cref="ArgumentException.Message"/> appends
/// " (Parameter 'timeZone')" (and the value, for out-of-range), and guards start with the C# parameter name; neither
/// belongs on a page, so forms and imports show this instead of the exception's text.
/// </summary>
public static class GuardMessage
{
    /// <summary>The guard's sentence in words: "First name is required."</summary>
    public static string Of(ArgumentException ex)
    {
        var text = Sentence(ex);
        return ex.ParamName is { Length: > 0 } name && text.StartsWith(name + " ", StringComparison.Ordinal)
            ? Words(name) + text[name.Length..]
            : text;
    }

    /// <summary>The guard's sentence as written, without what the runtime appends (imports keep their column names).</summary>
    public static string Sentence(ArgumentException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var text = ex.Message;
        var cut = text.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut < 0 && ex is ArgumentOutOfRangeException) cut = text.IndexOf(Environment.NewLine, StringComparison.Ordinal);
        return cut >= 0 ? text[..cut] : text;
    }

    // "firstName" reads "First name"; "time_zone" (an import column) reads "Time zone".
    private static string Words(string name)
    {
        var spaced = string.Concat(name.Replace('_', ' ').Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        return char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }
}
