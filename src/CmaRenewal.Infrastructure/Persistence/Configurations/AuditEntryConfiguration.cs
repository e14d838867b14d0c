using CmaRenewal.Core.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.Actor).HasMaxLength(AuditEntry.ActorMaxLength);
        builder.Property(e => e.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength);
        builder.Property(e => e.EntityId).HasMaxLength(AuditEntry.EntityIdMaxLength);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(EnumColumn.MaxLength);

        builder.HasIndex(e => e.AtUtc);
        // "History of this row" is the trail's other question.
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
