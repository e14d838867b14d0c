using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.Key).HasMaxLength(Reminder.KeyMaxLength);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(EnumColumn.MaxLength);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(EnumColumn.MaxLength);
        // The exactly-once guarantee: a second planner's insert of the same reminder fails here.
        builder.HasIndex(r => r.Key).IsUnique();
        builder.HasIndex(r => new { r.RecipientPersonId, r.State });
        builder.HasIndex(r => r.EmailId);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.RecipientPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutboxEmail>().WithMany().HasForeignKey(r => r.EmailId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.Property(e => e.Purpose).HasConversion<string>().HasMaxLength(EnumColumn.MaxLength);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(EnumColumn.MaxLength);
        builder.Property(e => e.ToAddress).HasMaxLength(OutboxEmail.AddressMaxLength);
        builder.Property(e => e.Subject).HasMaxLength(OutboxEmail.SubjectMaxLength);
        builder.Property(e => e.DigestKey).HasMaxLength(OutboxEmail.DigestKeyMaxLength);
        builder.Property(e => e.MessageId).HasMaxLength(100);
        builder.Property(e => e.ListUnsubscribe).HasMaxLength(OutboxEmail.UrlMaxLength);
        builder.Property(e => e.LastError).HasMaxLength(OutboxEmail.ErrorMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.HasBody);
        // At most one reminders email per person and local day; account emails have no key.
        builder.HasIndex(e => e.DigestKey).IsUnique();
        builder.HasIndex(e => new { e.Status, e.NextAttemptAtUtc });
        builder.HasIndex(e => e.CreatedAtUtc);
        // The planner reads the emails already made for the days it plans.
        builder.HasIndex(e => e.Day);
    }
}
