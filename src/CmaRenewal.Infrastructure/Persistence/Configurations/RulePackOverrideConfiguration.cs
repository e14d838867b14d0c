using CmaRenewal.Core.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class RulePackOverrideConfiguration : IEntityTypeConfiguration<RulePackOverride>
{
    public void Configure(EntityTypeBuilder<RulePackOverride> builder)
    {
        builder.Property(o => o.PackCode).HasMaxLength(40);
        builder.Property(o => o.Reason).HasMaxLength(RulePackOverride.ReasonMaxLength);
        builder.Property(o => o.CreatedBy).HasMaxLength(256);
        builder.HasIndex(o => new { o.PackCode, o.Version }).IsUnique();
    }
}
