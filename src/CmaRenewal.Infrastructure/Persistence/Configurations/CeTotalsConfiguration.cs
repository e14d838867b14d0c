using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Infrastructure.Compliance.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class StoredCeTotalConfiguration : IEntityTypeConfiguration<StoredCeTotal>
{
    public void Configure(EntityTypeBuilder<StoredCeTotal> builder)
    {
        builder.ToTable("CeCredentialTotals");
        // Credential first: a clinic's rows are range scans, the organisation's one pass over the table.
        builder.HasKey(t => new { t.CredentialId, t.Unit, t.Category, t.ApprovedProvider, t.Kind });
        builder.Property(t => t.Unit).HasMaxLength(CeActivity.UnitMaxLength);
        builder.Property(t => t.Category).HasMaxLength(CeActivity.CategoryMaxLength);
        builder.Property(t => t.Kind).HasMaxLength(CeActivity.KindMaxLength);
        builder.HasOne<Credential>().WithMany().HasForeignKey(t => t.CredentialId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CeTotalsStampConfiguration : IEntityTypeConfiguration<CeTotalsStamp>
{
    public void Configure(EntityTypeBuilder<CeTotalsStamp> builder)
    {
        builder.ToTable("CeTotalsStamps");
        builder.HasKey(s => s.CredentialId);
        builder.Property(s => s.CredentialId).ValueGeneratedNever();
        builder.HasOne<Credential>().WithMany().HasForeignKey(s => s.CredentialId).OnDelete(DeleteBehavior.Cascade);
    }
}
