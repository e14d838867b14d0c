using System.Linq.Expressions;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.People;
using CmaRenewal.Infrastructure.Compliance.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CmaRenewal.Infrastructure.Persistence.Configurations;

internal sealed class CeActivityConfiguration : IEntityTypeConfiguration<CeActivity>
{
    /// <summary>
    /// A deleted entry is gone for every EF reader (totals, history, exports, API, reminders); only the undo and the
    /// purge look past this filter. Raw SQL readers (CeTotalsQuery) say the same in their WHERE.
    /// </summary>
    internal static readonly Expression<Func<CeActivity, bool>> NotDeleted = a => a.DeletedAtUtc == null;

    public void Configure(EntityTypeBuilder<CeActivity> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(CeActivity.TitleMaxLength);
        builder.Property(a => a.Provider).HasMaxLength(CeActivity.ProviderMaxLength);
        builder.Property(a => a.ApprovalNumber).HasMaxLength(CeActivity.ApprovalNumberMaxLength);
        builder.Property(a => a.Unit).HasMaxLength(CeActivity.UnitMaxLength);
        // The default lets bulk imports over raw SQL leave the column out.
        builder.Property(a => a.Kind).HasMaxLength(CeActivity.KindMaxLength).HasDefaultValue(ActivityKinds.Course);
        builder.Property(a => a.Category).HasMaxLength(CeActivity.CategoryMaxLength);
        builder.Property(a => a.Verification).HasConversion<string>().HasMaxLength(EnumColumn.MaxLength);
        builder.Property(a => a.VerificationComment).HasMaxLength(CeActivity.CommentMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Amount);
        builder.ComplexProperty(a => a.Certificate, CertificateColumns);
        builder.Ignore(a => a.IsDeleted);
        // EF cannot write a query filter into a compiled model, so `dotnet ef dbcontext optimize` (design time) builds
        // the model without it and the compiled models add it back (CompiledModels/SoftDeleteFilter.cs).
        if (!EF.IsDesignTime) builder.HasQueryFilter(NotDeleted);

        builder.HasIndex(a => new { a.PersonId, a.CompletedOn });
        builder.ToTable(t => t.HasTrigger(CeTotalsTriggers.Activities));
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Splits).WithOne().HasForeignKey(s => s.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.CountsToward).WithOne().HasForeignKey(l => l.ActivityId).OnDelete(DeleteBehavior.Cascade);
    }

    // Every member is named: the record's properties are get-only (validated once), which EF maps only when told.
    private static void CertificateColumns(ComplexPropertyBuilder<CertificateFile> certificate)
    {
        certificate.Property(c => c.SizeBytes);
        certificate.Property(c => c.FileName).HasMaxLength(CertificateFile.FileNameMaxLength);
        certificate.Property(c => c.ContentType).HasMaxLength(CertificateFile.ContentTypeMaxLength);
        certificate.Property(c => c.Sha256).HasMaxLength(CertificateFile.Sha256Length).IsFixedLength();
        certificate.Property(c => c.StorageKey).HasMaxLength(CertificateFile.StorageKeyMaxLength);
    }
}
