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
        builder.Property(c => c.ReminderCeDays).HasMaxLength(200);
        builder.Property(c => c.ReminderFeeDays).HasMaxLength(200);
        builder.Property(c => c.ReminderExpirationDays).HasMaxLength(200);
        builder.Ignore(c => c.ReminderOffsets);
        builder.HasIndex(c => c.Name).IsUnique();
    }
}
