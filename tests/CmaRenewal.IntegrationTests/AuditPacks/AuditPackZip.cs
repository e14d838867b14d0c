using System.IO.Compression;
using System.Security.Cryptography;
using CmaRenewal.Application.AuditPacks;

namespace CmaRenewal.IntegrationTests.AuditPacks;

/// <summary>A downloaded pack opened for checking: entries in order, their bytes, and the manifest.</summary>
internal sealed record AuditPackZip(IReadOnlyList<string> Names, IReadOnlyDictionary<string, byte[]> Bytes, AuditPackManifest Manifest)
{
    public static async Task<AuditPackZip> ReadAsync(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        var bytes = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            await using var stream = await entry.OpenAsync();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            bytes[entry.FullName] = copy.ToArray();
        }
        var manifest = await AuditPackManifest.ReadAsync(new MemoryStream(bytes[AuditPackNames.Manifest]), CancellationToken.None)
            ?? throw new InvalidOperationException("Empty manifest.");
        return new AuditPackZip([.. zip.Entries.Select(e => e.FullName)], bytes, manifest);
    }

    public IEnumerable<string> Certificates => Names.Where(n => n.StartsWith("certificates/", StringComparison.Ordinal));

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
