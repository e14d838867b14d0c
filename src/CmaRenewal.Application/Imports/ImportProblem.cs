using System.Globalization;

namespace CmaRenewal.Application.Imports;

/// <summary>
/// One thing wrong with an import file: the line (1 is the header), the column (null for the whole line), the value
/// as read (a quote of at most <see cref="QuotedLength"/> characters) and why it cannot be imported.
/// <see cref="ToString"/> is the stable shape the verb prints.
/// </summary>
public sealed record ImportProblem(int Line, string? Column, string? Value, string Reason)
{
    /// <summary>How much of a bad value a problem keeps: enough to find the cell, never a whole 50 MB one.</summary>
    public const int QuotedLength = 100;

    /// <summary>The value as read, cut to <see cref="QuotedLength"/> characters and followed by its full length when longer.</summary>
    public string? Value { get; init; } = Quote(Value);

    public static string? Quote(string? value)
    {
        if (value is null || value.Length <= QuotedLength) return value;
        // Never cut a surrogate pair in half: the quote must still be valid text.
        var cut = char.IsHighSurrogate(value[QuotedLength - 1]) ? QuotedLength - 1 : QuotedLength;
        return string.Create(CultureInfo.InvariantCulture, $"{value.AsSpan(0, cut)}… ({value.Length:N0} characters)");
    }

    public override string ToString() => Column is null
        ? $"line {Line}: {Reason}"
        : $"line {Line}, {Column}, \"{Value?.Replace("\"", "\"\"", StringComparison.Ordinal)}\": {Reason}";
}

/// <summary>A problem with the whole file (not UTF-8, empty, missing columns): nothing in it can be imported.</summary>
public sealed class ImportFileException(IReadOnlyList<ImportProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems ?? []))
{
    public ImportFileException(ImportProblem problem) : this([problem])
    {
    }

    public IReadOnlyList<ImportProblem> Problems { get; } = problems ?? throw new ArgumentNullException(nameof(problems));
}
