namespace CmaRenewal.Infrastructure.Persistence.Configurations;

/// <summary>Enums are stored by name: readable in SQL and in the audit trail, and safe to reorder.</summary>
internal static class EnumColumn
{
    public const int MaxLength = 20;
}
