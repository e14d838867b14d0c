using CmaRenewal.Infrastructure.Storage;

namespace CmaRenewal.IntegrationTests.Certificates;

public sealed class CertificateSnifferTests
{
    public static TheoryData<byte[], string?> Samples => new()
    {
        { CertificateBytes.Pdf, CertificateSniffer.Pdf },
        { CertificateBytes.Png, CertificateSniffer.Png },
        { CertificateBytes.Jpeg, CertificateSniffer.Jpeg },
        { CertificateBytes.Text, null },
        { "<html><script>alert(1)</script>"u8.ToArray(), null },
        { "%PD"u8.ToArray(), null },
        { [0x89, 0x50, 0x4E, 0x47], null },
        { [], null },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sniff_DecidesByTheFirstBytes(byte[] content, string? expected) =>
        Assert.Equal(expected, CertificateSniffer.Sniff(content));
}
