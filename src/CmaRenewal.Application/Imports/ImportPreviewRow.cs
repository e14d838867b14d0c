namespace CmaRenewal.Application.Imports;

/// <summary>What importing a valid row does (or, before Import is pressed, would do).</summary>
public enum ImportAction
{
    Create,
    Update,
    Unchanged,
}

/// <summary>One valid row of the file as the preview lists it: its line, whose it is, and what it writes.</summary>
/// <param name="Line">The row's line in the file (1 is the header).</param>
/// <param name="Person">The email the row names.</param>
/// <param name="Action">Created, updated, or left as stored.</param>
/// <param name="What">The record in a few words: "CMA-AAMA 12345, certified 2024-03-01".</param>
public sealed record ImportPreviewRow(int Line, string Person, ImportAction Action, string What)
{
    /// <summary>How many rows a report lists: enough to check a file by eye, never a 100,000-row one.</summary>
    public const int Listed = 100;
}
