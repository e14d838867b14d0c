using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Credentials;
using CmaRenewal.Infrastructure.Compliance.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class CeActivityCredentialConfiguration : IEntityTypeConfiguration<CeActivityCredential>
{
    public void Configure(EntityTypeBuilder<CeActivityCredential> builder)
    {
        // Credential first: "all CE of this credential" sums are range scans of the primary key.
        builder.HasKey(l => new { l.CredentialId, l.ActivityId });
        builder.ToTable(t => t.HasTrigger(CeTotalsTriggers.Links));
        builder.HasIndex(l => l.ActivityId);
        // Windowed sums seek (credential, date range) and touch only the activities inside the window.
        builder.HasIndex(l => new { l.CredentialId, l.CompletedOn });
        builder.Ignore(l => l.IsClaimed);

        builder.HasOne<Credential>().WithMany().HasForeignKey(l => l.CredentialId).OnDelete(DeleteBehavior.Cascade);
        // No action: deleting a credential already removes its links, and SQL Server refuses a second cascade path.
        builder.HasOne<Renewal>().WithMany().HasForeignKey(l => l.ClaimedByRenewalId).OnDelete(DeleteBehavior.NoAction);
    }
}
