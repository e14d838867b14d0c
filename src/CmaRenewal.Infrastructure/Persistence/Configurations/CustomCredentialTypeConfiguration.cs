using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Rules;
using CmaRenewal.Core.Rules.Custom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class CustomCredentialTypeConfiguration : IEntityTypeConfiguration<CustomCredentialType>
{
    public void Configure(EntityTypeBuilder<CustomCredentialType> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(Credential.PackCodeMaxLength);
        builder.Property(t => t.Title).HasMaxLength(CustomCredentialType.TitleMaxLength);
        builder.Property(t => t.Reason).HasMaxLength(RulePackOverride.ReasonMaxLength);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
        // Two admins saving a version of one type at once: the second save fails here instead of both landing.
        builder.HasIndex(t => new { t.Code, t.Version }).IsUnique();
    }
}
