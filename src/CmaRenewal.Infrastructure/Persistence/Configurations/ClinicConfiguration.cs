using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class ClinicConfiguration : IEntityTypeConfiguration<Clinic>
{
    public void Configure(EntityTypeBuilder<Clinic> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Clinic.NameMaxLength);
        builder.Property(c => c.TimeZone).HasMaxLength(IanaTimeZone.MaxLength);
        builder.HasIndex(c => c.Name).IsUnique();
    }
}
