using CmaRenewal.Core.Common;

namespace CmaRenewal.Core.ContinuingEducation;

/// <summary>
/// The uploaded certificate behind an activity: metadata only; the bytes live in file storage under
/// <see cref="StorageKey"/>, and <see cref="Sha256"/> (lower-case hex) proves they were not swapped.
/// </summary>
public sealed record CertificateFile(string FileName, string ContentType, long SizeBytes, string Sha256, string StorageKey)
{
    public const int FileNameMaxLength = 255;
    public const int ContentTypeMaxLength = 100;
    public const int StorageKeyMaxLength = 200;
    public const int Sha256Length = 64;

    public string FileName { get; } = Require.Text(FileName, FileNameMaxLength, nameof(FileName));
    public string ContentType { get; } = Require.Text(ContentType, ContentTypeMaxLength, nameof(ContentType));

    public long SizeBytes { get; } = SizeBytes > 0
        ? SizeBytes
        : throw new ArgumentOutOfRangeException(nameof(SizeBytes), SizeBytes, "A certificate file cannot be empty.");

    public string Sha256 { get; } = HexDigest(Sha256, nameof(Sha256));
    public string StorageKey { get; } = Require.Text(StorageKey, StorageKeyMaxLength, nameof(StorageKey));

    private static string HexDigest(string? value, string name)
    {
        var text = value?.Trim() ?? "";
        if (text.Length != Sha256Length || !text.All(char.IsAsciiHexDigit))
            throw new ArgumentException($"{name} must be 64 hexadecimal characters.", name);
        // Round-trip through bytes so the stored form is always the same lower-case spelling.
        return Convert.ToHexStringLower(Convert.FromHexString(text));
    }
}
