using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.Auditing;

/// <summary>
/// One change to an audited row: who, when, and the row's scalar values before and after as JSON. Written by the
/// persistence layer on save, never edited.
/// </summary>
public sealed class AuditEntry
{
    public const int ActorMaxLength = 256;
    public const int EntityTypeMaxLength = 100;
    public const int EntityIdMaxLength = 100;

    // For EF Core.
    private AuditEntry()
    {
        Actor = EntityType = EntityId = "";
    }

    public AuditEntry(DateTime atUtc, string actor, string entityType, string entityId, AuditAction action,
        string? beforeJson, string? afterJson)
    {
        AtUtc = Require.Utc(atUtc, nameof(atUtc));
        Actor = Require.Text(actor, ActorMaxLength, nameof(actor));
        EntityType = Require.Text(entityType, EntityTypeMaxLength, nameof(entityType));
        EntityId = Require.Text(entityId, EntityIdMaxLength, nameof(entityId));
        Action = action;
        BeforeJson = beforeJson;
        AfterJson = afterJson;
    }

    public long Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string Actor { get; private set; }
    public string EntityType { get; private set; }
    public string EntityId { get; private set; }
    public AuditAction Action { get; private set; }
    public string? BeforeJson { get; private set; }
    public string? AfterJson { get; private set; }
}
