namespace CmaRenewal.Infrastructure.Compliance;

/// <summary>
/// One instance of each text a large read repeats on many rows (units, kinds, categories, pack codes). The copy the
/// reader just made dies young; without the pool every row's copy would live as long as the result.
/// </summary>
internal sealed class TextPool
{
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

    public string Of(string text)
    {
        if (texts.TryGetValue(text, out var kept)) return kept;
        texts.Add(text, text);
        return text;
    }

    /// <summary>The same for text read in place (from a packed value): a string is made only the first time.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (texts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var kept)) return kept;
        var made = text.ToString();
        texts.Add(made, made);
        return made;
    }
}
