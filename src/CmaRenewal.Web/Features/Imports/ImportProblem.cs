namespace CmaRenewal.Web.Features.Imports;

/// <summary>
/// One thing wrong with an import file: the line (1 is the header), the column (null for the whole line), the value
/// as read and why it cannot be imported. <see cref="ToString"/> is the stable shape the verb prints.
/// </summary>
public sealed record ImportProblem(int Line, string? Column, string? Value, string Reason)
{
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
