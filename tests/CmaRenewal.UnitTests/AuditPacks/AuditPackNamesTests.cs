using CmaRenewal.Application.AuditPacks;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.ContinuingEducation;

namespace CmaRenewal.UnitTests.AuditPacks;

/// <summary>Names inside and of the pack come only from stored data, so one cycle always gives the same names.</summary>
public sealed class AuditPackNamesTests
{
    [Theory]
    [InlineData("Infection Control 101", 80, "infection-control-101")]
    [InlineData("  Zoë  O'Brien--Núñez ", 80, "zoe-o-brien-nunez")]
    [InlineData("CMA-AAMA", 80, "cma-aama")]
    [InlineData("!!!", 80, "untitled")]
    [InlineData("", 80, "untitled")]
    [InlineData("abcdef ghij", 8, "abcdef-g")]
    [InlineData("abcdef ghij", 7, "abcdef")]       // cut on the separator: no trailing hyphen
    public void Slug_LowerAsciiJoinedByHyphens(string text, int maxLength, string expected) =>
        Assert.Equal(expected, AuditPackNames.Slug(text, maxLength));

    [Theory]
    [InlineData("application/pdf", "scan.PNG", "certificates/2024-02-29-infection-control-101-17.pdf")] // the sniffed type wins over the name
    [InlineData("image/png", "x", "certificates/2024-02-29-infection-control-101-17.png")]
    [InlineData("image/jpeg", "x.jpeg", "certificates/2024-02-29-infection-control-101-17.jpg")]
    [InlineData("application/octet-stream", "old upload.TIFF", "certificates/2024-02-29-infection-control-101-17.tiff")]
    [InlineData("application/octet-stream", "no extension", "certificates/2024-02-29-infection-control-101-17.bin")] // was ".untitled"
    [InlineData("application/octet-stream", "dots only.", "certificates/2024-02-29-infection-control-101-17.bin")]
    public void Certificate_DateTitleIdAndExtension(string contentType, string fileName, string expected)
    {
        var activity = Counted(new CertificateFile(fileName, contentType, 1234, new string('a', 64), "key"));

        Assert.Equal(expected, AuditPackNames.Certificate(activity));
    }

    [Fact]
    public void Certificate_ActivityWithoutAFile_IsAProgrammingError()
    {
        var error = Assert.Throws<ArgumentException>(() => AuditPackNames.Certificate(Counted(null)));

        Assert.Equal("activity", error.ParamName);
    }

    [Fact]
    public void Pack_HolderCodeAndCycleStart()
    {
        var builder = new EngineBuilder("CMA-AAMA", "2020-03-10");
        var cycles = CycleHistory.Of(EngineBuilder.Engine(), builder.Credential, D("2022-06-01"));
        var evidence = new CycleEvidence(
            new EvidencePerson(3, "María José Núñez", "maria@example.test", 1, "Main St"),
            new EvidenceCredential(1, "CMA-AAMA", "Certified Medical Assistant", null),
            cycles[^1], cycles, builder.EvaluateOn("2022-06-01"), []);

        Assert.Equal("audit-pack-maria-jose-nunez-cma-aama-2020-03-10.zip", AuditPackNames.Pack(evidence));
    }

    private static CountedActivity Counted(CertificateFile? file) =>
        new(17, D("2024-02-29"), "Infection Control 101", "AAMA", 2m, "aama-ceu", "clinical", true, VerificationStatus.Verified,
            file, 2m, 2m);
}
