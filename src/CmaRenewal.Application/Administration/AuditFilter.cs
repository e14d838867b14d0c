namespace CmaRenewal.Application.Administration;

/// <summary>What the audit page filters on; blank fields do not filter. Dates are inclusive UTC days.</summary>
public sealed record AuditFilter(string? EntityType = null, string? EntityId = null, string? Actor = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>One page of audit entries, newest first, and how many match in all.</summary>
public sealed record AuditPage(IReadOnlyList<Core.Auditing.AuditEntry> Entries, int Total);
