using CmaRenewal.Application.Localization;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Application.Certificates;

/// <summary>
/// A stored certificate opened for reading. <see cref="Inline"/>: only the types sniffed on upload are served as
/// themselves; anything else goes out as an attachment named <see cref="FileName"/>.
/// </summary>
public sealed record CertificateContent(Stream Content, string ContentType, string FileName, bool Inline);

/// <summary>The file behind a CE activity, for actors who may see its holder.</summary>
public sealed class CertificateDownload(IDbContextFactory<CmaRenewalDbContext> factory, ICertificateStore store)
{
    private static readonly AppText Text = new(typeof(CertificateDownload));

    public static string NoSuchFile => Text["NoSuchFile"];

    /// <summary>
    /// Not found alike for an unknown activity, one without a file, a file gone from storage, or a holder the actor may
    /// not see, so activity ids cannot be probed.
    /// </summary>
    public async Task<UseCaseResult<CertificateContent>> OpenAsync(AccessScope actor, long activityId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.CeActivities.AsNoTracking().Where(a => a.Id == activityId)
            .Select(a => new { a.PersonId, a.Certificate, ClinicId = db.People.Where(p => p.Id == a.PersonId).Select(p => p.ClinicId).First() })
            .SingleOrDefaultAsync(ct);
        if (row?.Certificate is not { } file || !actor.CanSeePerson(row.PersonId, row.ClinicId)
            || store.OpenRead(file.StorageKey) is not { } content)
            return UseCaseResult<CertificateContent>.NotFound(NoSuchFile);
        return UseCaseResult<CertificateContent>.Done(
            new CertificateContent(content, file.ContentType, file.FileName, CertificateSniffer.ServedInline.Contains(file.ContentType)));
    }
}
