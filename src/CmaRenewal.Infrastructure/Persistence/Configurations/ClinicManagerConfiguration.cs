using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class ClinicManagerConfiguration : IEntityTypeConfiguration<ClinicManager>
{
    public void Configure(EntityTypeBuilder<ClinicManager> builder)
    {
        builder.HasKey(m => new { m.PersonId, m.ClinicId });
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(m => m.ClinicId).OnDelete(DeleteBehavior.Cascade);
    }
}
