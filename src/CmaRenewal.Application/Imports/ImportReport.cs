using System.Globalization;

namespace CmaRenewal.Application.Imports;

/// <summary>
/// What an import did, or in a dry run would do: rows by outcome and every problem. <see cref="Skipped"/> counts the
/// rows with problems; they are written only when <see cref="Written"/> and never themselves.
/// </summary>
public sealed record ImportReport(
    ImportKind Kind,
    bool DryRun,
    bool Written,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int Skipped,
    IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>The lines of rows left out (each has at least one problem), in file order.</summary>
    public IReadOnlyList<int> SkippedLines { get; init; } = [];

    /// <summary>
    /// The first <see cref="ImportPreviewRow.Listed"/> valid rows, in file order, with what each writes (or would):
    /// what the page shows before Import is pressed.
    /// </summary>
    public IReadOnlyList<ImportPreviewRow> Preview { get; init; } = [];

    public bool HasProblems => Problems.Count > 0;

    /// <summary>
    /// One line: kind, counts, and whether anything was written. Until something is written the counts say what the
    /// import would do ("would create 3"), never what it did.
    /// </summary>
    public string Summary
    {
        get
        {
            var counts = Written
                ? string.Create(CultureInfo.InvariantCulture,
                    $"{Kind.Name()}: {Rows} rows, {Created} created, {Updated} updated, {Unchanged} unchanged, {Skipped} skipped")
                : string.Create(CultureInfo.InvariantCulture,
                    $"{Kind.Name()}: {Rows} rows, would create {Created}, would update {Updated}, would leave {Unchanged} unchanged, would skip {Skipped}");
            var problems = Problems.Count == 1 ? "1 problem" : $"{Problems.Count} problems";
            if (DryRun) return $"{counts} (dry run: nothing written; {problems}).";
            if (!Written) return $"{counts} (nothing written: {problems}; fix them or use --skip-invalid).";
            return SkippedLines.Count == 0 ? $"{counts}." : $"{counts} (skipped lines: {string.Join(", ", SkippedLines)}).";
        }
    }
}
