namespace CmaRenewal.Core.Auditing;

/// <summary>What happened to the audited row.</summary>
public enum AuditAction
{
    Added,
    Modified,
    Deleted,
}
