using CmaRenewal.Infrastructure.Storage;

namespace CmaRenewal.UnitTests.Storage;

/// <summary>A certificate's type comes from its first bytes only; anything but PDF, PNG and JPEG is refused (null).</summary>
public sealed class CertificateSnifferTests
{
    public static TheoryData<string, byte[], string?> Samples => new()
    {
        { "PDF", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"u8.ToArray(), "application/pdf" },
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], "image/png" },
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46], "image/jpeg" },
        { "exactly the JPEG magic", [0xFF, 0xD8, 0xFF], "image/jpeg" },
        { "plain text", "This is my certificate, honest.\n"u8.ToArray(), null },
        { "HTML", "<html><script>alert(1)</script>"u8.ToArray(), null },
        { "PDF magic cut short", "%PD"u8.ToArray(), null },
        { "PDF magic in lower case", "%pdf-1.4"u8.ToArray(), null },
        { "PDF magic not at the start", " %PDF-1.4"u8.ToArray(), null },
        { "PNG magic cut short", [0x89, 0x50, 0x4E, 0x47], null },
        { "empty", [], null },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sniff_DecidesByTheFirstBytes(string sample, byte[] content, string? expected) =>
        Assert.True(expected == CertificateSniffer.Sniff(content), $"{sample}: expected {expected ?? "null"}, got {CertificateSniffer.Sniff(content) ?? "null"}");

    [Theory]
    [InlineData("application/pdf", ".pdf")]
    [InlineData("image/png", ".png")]
    [InlineData("image/jpeg", ".jpg")]
    [InlineData("text/html", "")]
    [InlineData("", "")]
    public void ExtensionFor_OnlyTheAcceptedTypes(string contentType, string expected) =>
        Assert.Equal(expected, CertificateSniffer.ExtensionFor(contentType));

    [Fact]
    public void Limits_TenMegabytes_EightHeaderBytes()
    {
        Assert.Equal(10_485_760, CertificateSniffer.MaxBytes);
        Assert.Equal(8, CertificateSniffer.HeaderLength);
        Assert.Equal(["application/pdf", "image/jpeg", "image/png"], CertificateSniffer.ServedInline.Order(StringComparer.Ordinal));
    }
}
