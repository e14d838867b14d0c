using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Infrastructure.Storage;

/// <summary>
/// Certificates as files in <c>Storage:CertificateDirectory</c> (default <c>{Storage:DataDirectory}/certificates/</c>),
/// outside wwwroot so only the checked endpoint serves them. Keys are generated GUIDs, never user-supplied names, so a key cannot walk out of the folder.
/// </summary>
public sealed class FileCertificateStore(IOptions<StorageOptions> options) : ICertificateStore
{
    private string Folder => options.Value.ResolveCertificateDirectory();

    public async Task<StoredCertificate> SaveAsync(Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(Folder);
        var key = Guid.NewGuid().ToString("N");
        var path = Path.Combine(Folder, key);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
                size += read;
            }
        }
        return new StoredCertificate(key, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    public Stream? OpenRead(string storageKey)
    {
        if (!Guid.TryParseExact(storageKey, "N", out _)) return null;
        var path = Path.Combine(Folder, storageKey);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    public void Delete(string storageKey)
    {
        if (!Guid.TryParseExact(storageKey, "N", out _)) return;
        File.Delete(Path.Combine(Folder, storageKey));
    }
}
