using CmaRenewal.Core.Credentials;
using CmaRenewal.Core.Fees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class FeePaymentConfiguration : IEntityTypeConfiguration<FeePayment>
{
    public void Configure(EntityTypeBuilder<FeePayment> builder)
    {
        builder.Property(f => f.Currency).HasMaxLength(FeePayment.CurrencyLength).IsFixedLength();
        builder.HasIndex(f => new { f.CredentialId, f.PaidThrough });
        builder.HasOne<Credential>().WithMany().HasForeignKey(f => f.CredentialId).OnDelete(DeleteBehavior.Cascade);
    }
}
