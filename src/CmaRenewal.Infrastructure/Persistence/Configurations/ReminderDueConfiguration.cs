using CmaRenewal.Infrastructure.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

// No foreign keys: both are bookkeeping that a deleted person or a rebuild may leave behind, harmlessly.
internal sealed class ReminderDueConfiguration : IEntityTypeConfiguration<ReminderDue>
{
    public void Configure(EntityTypeBuilder<ReminderDue> builder)
    {
        builder.ToTable("ReminderDue");
        builder.HasKey(r => r.PersonId);
        builder.Property(r => r.PersonId).ValueGeneratedNever();
    }
}

internal sealed class ReminderChangeConfiguration : IEntityTypeConfiguration<ReminderChange>
{
    public void Configure(EntityTypeBuilder<ReminderChange> builder) => builder.ToTable(ReminderChanges.Table);
}
