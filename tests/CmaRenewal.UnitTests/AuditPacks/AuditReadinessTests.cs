using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.AuditPacks;

namespace CmaRenewal.UnitTests.AuditPacks;

/// <summary>Audit readiness is the drill's findings counted by kind, in the export's machine form and the pages' words.</summary>
public sealed class AuditReadinessTests
{
    [Fact]
    public void Of_CountsEachKindOfFinding()
    {
        var readiness = AuditReadiness.Of(
        [
            Finding(AuditFindingKind.MissingCertificate), Finding(AuditFindingKind.Unverified), Finding(AuditFindingKind.MissingCertificate),
            Finding(AuditFindingKind.OutsideWindow), Finding(AuditFindingKind.MissingCertificate), Finding(AuditFindingKind.ApprovedShareTooLow),
        ]);

        Assert.Equal(new AuditReadiness(3, 1, 1, 1), readiness);
        Assert.False(readiness.IsReady);
    }

    [Fact]
    public void Of_NoFindings_IsReady_WithNoGapsAndNoWords()
    {
        var readiness = AuditReadiness.Of([]);

        Assert.True(readiness.IsReady);
        Assert.Equal(("", ""), (readiness.Gaps, AuditReadinessWording.Gaps(readiness)));
    }

    [Theory]
    [InlineData(3, 2, 0, 0, "certificates:3;unverified:2", "3 certificates missing, 2 unverified")]
    [InlineData(1, 0, 0, 0, "certificates:1", "1 certificate missing")]
    [InlineData(0, 5, 0, 0, "unverified:5", "5 unverified")]
    [InlineData(0, 0, 1, 1, "outside_window:1;approved_share:1", "1 entry outside the window, approved share too low")]
    [InlineData(8, 5, 2, 1, "certificates:8;unverified:5;outside_window:2;approved_share:1",
        "8 certificates missing, 5 unverified, 2 entries outside the window, approved share too low")]
    public void GapsAndWords_NameOnlyWhatWouldFail_InTheDrillsOrder(int certificates, int unverified, int outside, int approved, string gaps, string words)
    {
        var readiness = new AuditReadiness(certificates, unverified, outside, approved);

        Assert.Equal((gaps, words), (readiness.Gaps, AuditReadinessWording.Gaps(readiness)));
    }

    [Theory]
    [InlineData(1, 0, 0, 0, "falta 1 certificado")]
    [InlineData(8, 5, 2, 1, "faltan 8 certificados, 5 sin verificar, 2 registros fuera del período, proporción de proveedores aprobados demasiado baja")]
    [InlineData(0, 0, 1, 0, "1 registro fuera del período")]
    public void Words_InSpanish(int certificates, int unverified, int outside, int approved, string words)
    {
        using (AppCulture.Use("es")) Assert.Equal(words, AuditReadinessWording.Gaps(new AuditReadiness(certificates, unverified, outside, approved)));
    }

    private static AuditFinding Finding(AuditFindingKind kind) => new(kind, 1, "text");
}
