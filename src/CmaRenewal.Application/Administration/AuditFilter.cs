namespace CmaRenewal.Application.Administration;

/// <summary>What the audit page filters on; blank fields do not filter. Dates are inclusive UTC days.</summary>
public sealed record AuditFilter(string? EntityType = null, string? EntityId = null, string? Actor = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>One page of the history, newest first, and how many entries match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditLine> Entries, int Total);
