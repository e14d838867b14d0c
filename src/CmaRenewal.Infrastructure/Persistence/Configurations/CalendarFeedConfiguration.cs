using CmaRenewal.Core.Calendar;
using CmaRenewal.Core.Clinics;
using CmaRenewal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.Property(f => f.Token).HasMaxLength(CalendarFeed.TokenLength).IsFixedLength();
        builder.HasIndex(f => f.Token).IsUnique();
        builder.HasIndex(f => new { f.PersonId, f.ClinicId });
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(f => f.ClinicId).OnDelete(DeleteBehavior.Cascade);
    }
}
