using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Compliance.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class CeActivitySplitConfiguration : IEntityTypeConfiguration<CeActivitySplit>
{
    public void Configure(EntityTypeBuilder<CeActivitySplit> builder)
    {
        builder.Property(s => s.Category).HasMaxLength(CeActivity.CategoryMaxLength);
        builder.HasIndex(s => new { s.ActivityId, s.Category }).IsUnique();
        builder.ToTable(t => t.HasTrigger(CeTotalsTriggers.Splits));
    }
}
