using CmaRenewal.Core.Credentials;
using CmaRenewal.Infrastructure.Compliance.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class RenewalConfiguration : IEntityTypeConfiguration<Renewal>
{
    public void Configure(EntityTypeBuilder<Renewal> builder)
    {
        builder.HasIndex(r => new { r.CredentialId, r.RenewedOn }).IsUnique();
        builder.ToTable(t => t.HasTrigger(CeTotalsTriggers.Renewals));
    }
}
