using CmaRenewal.Application.Localization;

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
    private static readonly AppText Text = new(typeof(ImportReport));

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
    /// import would do ("would create 3"), never what it did. In the current UI language.
    /// </summary>
    public string Summary
    {
        get
        {
            var kind = Text["Kind" + Kind];
            var counts = Written
                ? Text.Format("Counts", kind, Rows, Created, Updated, Unchanged, Skipped)
                : Text.Format("WouldCounts", kind, Rows, Created, Updated, Unchanged, Skipped);
            var problems = Problems.Count == 1 ? Text["OneProblem"] : Text.Format("Problems", Problems.Count);
            if (DryRun) return Text.Format("DryRun", counts, problems);
            if (!Written) return Text.Format("NotWritten", counts, problems);
            return SkippedLines.Count == 0 ? Text.Format("Written", counts) : Text.Format("SkippedLines", counts, string.Join(", ", SkippedLines));
        }
    }
}
