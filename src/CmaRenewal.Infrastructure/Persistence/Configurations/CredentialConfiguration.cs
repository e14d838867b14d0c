using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Compliance.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> builder)
    {
        builder.Property(c => c.PackCode).HasMaxLength(Credential.PackCodeMaxLength);
        builder.Property(c => c.Number).HasMaxLength(Credential.NumberMaxLength);
        builder.Property(c => c.OverrideReason).HasMaxLength(Credential.OverrideReasonMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.HasIndex(c => new { c.PersonId, c.PackCode, c.Number }).IsUnique();
        // Not redundant: SQL Server filters the unique index above to rows with a Number, so it cannot serve
        // "all credentials of a person".
        builder.HasIndex(c => c.PersonId);
        builder.ToTable(t => t.HasTrigger(CeTotalsTriggers.Credentials));

        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Renewals).WithOne().HasForeignKey(r => r.CredentialId).OnDelete(DeleteBehavior.Cascade);
    }
}
