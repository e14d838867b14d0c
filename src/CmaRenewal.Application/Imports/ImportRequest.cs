namespace CmaRenewal.Application.Imports;

/// <summary>
/// One import: what the file holds, how to open it (twice: a checking pass, then a writing pass, so it is never held
/// in memory), its name for the audit trail, and the two switches.
/// </summary>
public sealed record ImportRequest(ImportKind Kind, Func<Stream> Open, string FileName, bool DryRun, bool SkipInvalid);
