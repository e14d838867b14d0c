using CmaRenewal.Application.Access;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Storage;

namespace CmaRenewal.Application.Certificates;

/// <summary>
/// Checks an uploaded certificate (size, and type by content) and stores it. Reads at most one byte past the limit,
/// so an oversized upload is refused without being buffered whole.
/// </summary>
public sealed class CertificateIntake(ICertificateStore store)
{
    private static readonly AppText Text = new(typeof(CertificateIntake));

    public static string TooBig => Text["TooBig"];
    public static string WrongType => Text["WrongType"];
    public static string Empty => Text["Empty"];

    /// <summary>The problem with these bytes, or null when they may be stored.</summary>
    public static string? Problem(ReadOnlySpan<byte> content) =>
        content.Length == 0 ? Empty
        : content.Length > CertificateSniffer.MaxBytes ? TooBig
        : CertificateSniffer.Sniff(content) is null ? WrongType
        : null;

    /// <summary>Removes a stored certificate that ended up on no row (its save failed).</summary>
    public void Discard(CertificateFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        store.Delete(file.StorageKey);
    }

    /// <summary>
    /// Stores <paramref name="pending"/>, attaches it to <paramref name="activity"/> and saves the context: done with the
    /// activity's id, invalid (field <c>Certificate</c>) for a bad file, a conflict with <paramref name="stale"/>. The file
    /// is stored before the row, so a row never points at nothing, and removed again when the row is not saved.
    /// </summary>
    public async Task<UseCaseResult<long>> AttachAndSaveAsync(
        CmaRenewalDbContext db, CeActivity activity, PendingCertificate pending, string stale, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(pending);
        var (file, error) = await AcceptAsync(pending.FileName, new MemoryStream(pending.Content), ct);
        if (file is null) return UseCaseResult<long>.Invalid("Certificate", error!);
        activity.AttachCertificate(file);
        var saved = false;
        try
        {
            var result = await db.SaveAsync(() => activity.Id, stale, ct);
            saved = result.IsDone;
            return result;
        }
        finally
        {
            if (!saved) Discard(file);
        }
    }

    public async Task<(CertificateFile? File, string? Error)> AcceptAsync(string fileName, Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > CertificateSniffer.MaxBytes) return (null, TooBig);
        }
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (Problem(bytes) is { } problem) return (null, problem);
        var type = CertificateSniffer.Sniff(bytes)!;
        buffer.Position = 0;
        var stored = await store.SaveAsync(buffer, ct);
        return (new CertificateFile(SafeName(fileName, type), type, stored.SizeBytes, stored.Sha256, stored.StorageKey), null);
    }

    // The name is only shown and offered on download; keep its last path part, trimmed to the column's length.
    private static string SafeName(string? fileName, string type)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0) name = "certificate" + CertificateSniffer.ExtensionFor(type);
        return name.Length <= CertificateFile.FileNameMaxLength ? name : name[^CertificateFile.FileNameMaxLength..];
    }
}
