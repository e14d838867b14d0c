using System.IO.Compression;
using System.Security.Cryptography;
using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Infrastructure.Access;
using CmaRenewal.Infrastructure.Storage;
using CmaRenewal.Infrastructure.Pdf;

namespace CmaRenewal.Application.AuditPacks;

/// <summary>
/// The audit pack of one credential cycle as a ZIP: <c>transcript.pdf</c>, <c>certificates/…</c> (one per counted
/// activity with a file), and <c>manifest.json</c> last. No HTTP or Blazor here: the cookie endpoint and the API call
/// the same methods with the caller's <see cref="AccessScope"/>.
/// </summary>
public sealed class AuditPackBuilder(PersonDetailQuery query, ICertificateStore store, TimeProvider time)
{
    public static string NoSuchCycle => PersonDetailQuery.NoSuchCycle;

    /// <summary>
    /// The cycle's evidence; not found when there is no such credential or cycle or the caller may not see it (one
    /// answer for all three, so a stranger cannot learn which credential ids exist).
    /// </summary>
    public Task<UseCaseResult<CycleEvidence>> FindAsync(AccessScope access, long credentialId, DateOnly? cycleStart, CancellationToken ct) =>
        query.CycleAsync(access, credentialId, cycleStart, ct);

    /// <summary>Finds the cycle and writes its pack to <paramref name="output"/>, answering the file name; writes nothing when not found.</summary>
    public async Task<UseCaseResult<string>> WriteAsync(AccessScope access, long credentialId, DateOnly? cycleStart, Stream output, CancellationToken ct)
    {
        var found = await FindAsync(access, credentialId, cycleStart, ct);
        if (found is not { IsDone: true, Value: { } evidence }) return found.FailAs<string>();
        await WriteAsync(evidence, output, ct);
        return UseCaseResult<string>.Done(AuditPackNames.Pack(evidence));
    }

    /// <summary>
    /// Writes the pack. Certificates are streamed from storage one at a time, hashed as they are copied; only the
    /// transcript (small) is built in memory first. A non-seekable output (an HTTP response) gets the ZIP spooled
    /// through a temporary file: ZipArchive finishes each entry with a synchronous write, which Kestrel refuses.
    /// </summary>
    public async Task WriteAsync(CycleEvidence evidence, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(output);
        if (output.CanSeek)
        {
            await WriteZipAsync(evidence, output, ct);
            return;
        }
        var path = Path.Combine(Path.GetTempPath(), $"audit-pack-{Guid.NewGuid():N}.zip");
        await using var spool = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await WriteZipAsync(evidence, spool, ct);
        spool.Position = 0;
        await spool.CopyToAsync(output, ct);
        await output.FlushAsync(ct);
    }

    private async Task WriteZipAsync(CycleEvidence evidence, Stream output, CancellationToken ct)
    {
        var generatedAt = time.GetUtcNow();
        var files = new List<ManifestFile>();
        var missing = new List<ManifestMissing>();
        await using (var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
        {
            using (var transcript = new MemoryStream())
            {
                TranscriptPdf.Write(evidence, generatedAt, transcript, Glossary);
                transcript.Position = 0;
                files.Add(await AddAsync(zip, AuditPackNames.Transcript, transcript, generatedAt, ct));
            }
            foreach (var activity in evidence.Counted)
            {
                if (activity.Certificate is null)
                {
                    missing.Add(new ManifestMissing(activity.Id, activity.Title, ManifestMissing.NotUploaded));
                    continue;
                }
                await using var content = store.OpenRead(activity.Certificate.StorageKey);
                if (content is null)
                {
                    missing.Add(new ManifestMissing(activity.Id, activity.Title, ManifestMissing.NotInStorage));
                    continue;
                }
                var added = await AddAsync(zip, AuditPackNames.Certificate(activity), content, generatedAt, ct);
                files.Add(added with { ActivityId = activity.Id, MatchesUpload = added.Sha256 == activity.Certificate.Sha256 });
            }
            var manifest = Manifest(evidence, generatedAt, files, missing);
            var entry = zip.CreateEntry(AuditPackNames.Manifest, CompressionLevel.Optimal);
            entry.LastWriteTime = generatedAt;
            await using var stream = await entry.OpenAsync(ct);
            await manifest.WriteAsync(stream, ct);
        }
        await output.FlushAsync(ct);
    }

    // The pages' status words and unit names, so the transcript reads as the screens do.
    private static readonly TranscriptGlossary Glossary = new(ComplianceWording.Status, UnitWording.Label);

    private static async Task<ManifestFile> AddAsync(ZipArchive zip, string name, Stream content, DateTimeOffset at, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = at;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        await using var target = await entry.OpenAsync(ct);
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            size += read;
        }
        return new ManifestFile(name, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    private static AuditPackManifest Manifest(CycleEvidence e, DateTimeOffset at, List<ManifestFile> files, List<ManifestMissing> missing)
    {
        var w = e.Cycle.Window;
        return new AuditPackManifest(at,
            new ManifestPerson(e.Person.Id, e.Person.FullName, e.Person.Email, e.Person.ClinicName),
            new ManifestCredential(e.Credential.Id, e.Credential.PackCode, e.Credential.PackTitle, e.Credential.Number),
            new ManifestCycle(w.Number, w.Start, w.Expires, w.EarnFrom, w.EarnThrough, e.Result.AsOf, e.Cycle.IsCurrent),
            files, missing);
    }
}
