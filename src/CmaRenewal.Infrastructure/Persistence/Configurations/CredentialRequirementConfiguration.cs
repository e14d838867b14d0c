using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class CredentialRequirementConfiguration : IEntityTypeConfiguration<CredentialRequirement>
{
    public void Configure(EntityTypeBuilder<CredentialRequirement> builder)
    {
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(EnumColumn.MaxLength);
        builder.Property(r => r.Groups).HasMaxLength(CredentialRequirement.GroupsMaxLength);
        builder.Ignore(r => r.GroupList);
        // One requirement per role and clinic, and one organisation default per role. Neither provider counts NULLs as
        // duplicates in a unique index, so the default gets its own filtered index (plain SQL both providers read).
        builder.HasIndex(r => new { r.ClinicId, r.Role }).IsUnique();
        builder.HasIndex(r => r.Role).IsUnique().HasFilter("ClinicId IS NULL").HasDatabaseName("IX_CredentialRequirements_DefaultRole");
        builder.HasOne<Clinic>().WithMany().HasForeignKey(r => r.ClinicId).OnDelete(DeleteBehavior.Cascade);
    }
}
