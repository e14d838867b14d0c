namespace CmaRenewal.Application.Imports;

/// <summary>
/// One import: what the file holds, how to open it (twice: a checking pass, then a writing pass, so it is never held
/// in memory), its name for the audit trail, and the two switches. <see cref="Language"/> is the importing person's
/// ("en", "es"): it sets how slashed dates are read (3/12/2026 or 12/3/2026) and the language of the problems; null
/// keeps the caller's current culture (a page's circuit already reads in its person's).
/// </summary>
public sealed record ImportRequest(ImportKind Kind, Func<Stream> Open, string FileName, bool DryRun, bool SkipInvalid)
{
    public string? Language { get; init; }
}
