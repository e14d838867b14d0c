using System.Text.Json;
using System.Text.Json.Serialization;

namespace CmaRenewal.Application.AuditPacks;

/// <summary>
/// <c>manifest.json</c>, the pack's last entry: who, which credential and cycle, when it was generated, and every other
/// entry with its SHA-256 (lower-case hex) and size in bytes. A certificate whose stored bytes no longer match the digest
/// taken at upload says so (<see cref="ManifestFile.MatchesUpload"/> false). Every counted activity without its certificate
/// is listed apart, with why (<see cref="ManifestMissing"/>): the same gaps the audit drill reports.
/// </summary>
public sealed record AuditPackManifest(
    DateTimeOffset GeneratedAt,
    ManifestPerson Person,
    ManifestCredential Credential,
    ManifestCycle Cycle,
    IReadOnlyList<ManifestFile> Files,
    IReadOnlyList<ManifestMissing> MissingCertificates)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Task WriteAsync(Stream output, CancellationToken ct) => JsonSerializer.SerializeAsync(output, this, Json, ct);

    public static async Task<AuditPackManifest?> ReadAsync(Stream input, CancellationToken ct) =>
        await JsonSerializer.DeserializeAsync<AuditPackManifest>(input, Json, ct);
}

public sealed record ManifestPerson(long Id, string Name, string Email, string Clinic);

public sealed record ManifestCredential(long Id, string PackCode, string PackTitle, string? Number);

public sealed record ManifestCycle(int Number, DateOnly Start, DateOnly Expires, DateOnly EarnFrom, DateOnly EarnThrough, DateOnly AsOf, bool Current);

public sealed record ManifestFile(string Path, string Sha256, long Size, long? ActivityId = null, bool? MatchesUpload = null);

/// <summary>A counted activity an auditor would find without its certificate, and why: never uploaded, or gone from storage.</summary>
public sealed record ManifestMissing(long ActivityId, string Title, string Reason = ManifestMissing.NotInStorage)
{
    public const string NotUploaded = "not uploaded";
    public const string NotInStorage = "not in storage";
}
