using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.Common;
using CmaRenewal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Email).HasMaxLength(Person.EmailMaxLength);
        builder.Property(p => p.FirstName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.LastName).HasMaxLength(Person.NameMaxLength);
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(EnumColumn.MaxLength);
        builder.Property(p => p.TimeZone).HasMaxLength(IanaTimeZone.MaxLength);
        builder.Property(p => p.Language).HasMaxLength(Languages.MaxLength);
        builder.Ignore(p => p.FullName);
        // Every member is named: the record's properties are get-only, which EF maps only when told.
        builder.ComplexProperty(p => p.EmailPreferences, preferences =>
        {
            preferences.Property(e => e.CeRemindersOff);
            preferences.Property(e => e.FeeRemindersOff);
            preferences.Property(e => e.ExpirationNoticesOff);
            preferences.Property(e => e.DigestOff);
            preferences.Property(e => e.SnoozedUntil);
        });

        builder.HasIndex(p => p.Email).IsUnique();
        builder.HasIndex(p => p.ClinicId);
        // People are deactivated, not deleted; a clinic with people cannot disappear under them.
        builder.HasOne<Clinic>().WithMany().HasForeignKey(p => p.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}
