namespace CmaRenewal.Infrastructure.Storage;

/// <summary>
/// Decides a certificate's type from its first bytes (magic numbers), never from its name or the browser's claimed
/// content type, both of which the uploader controls. Only PDF, PNG and JPEG are accepted.
/// </summary>
public static class CertificateSniffer
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int HeaderLength = 8;
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    public static readonly IReadOnlySet<string> ServedInline = new HashSet<string>(StringComparer.Ordinal) { Pdf, Png, Jpeg };

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    /// <summary>The content type the bytes really are, or null when they are none of the accepted types.</summary>
    public static string? Sniff(ReadOnlySpan<byte> header) =>
        header.StartsWith(PdfMagic) ? Pdf
        : header.StartsWith(PngMagic) ? Png
        : header.StartsWith(JpegMagic) ? Jpeg
        : null;

    public static string ExtensionFor(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        Png => ".png",
        Jpeg => ".jpg",
        _ => "",
    };
}
