using CmaRenewal.Application.Localization;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Web.Features.AuditPacks.Drill;

namespace CmaRenewal.ComponentTests.AuditPacks;

/// <summary>The drill's findings read in the reader's language: summary, headers, finding kinds and the cycle's dates.</summary>
public sealed class DrillFindingsTableTests : MudBlazorTestContext
{
    private static readonly DrillRow Failing = new(1, "Drew Drill", 1, "Riverside", 7, "CMA-AAMA",
        new DateOnly(2024, 3, 1), new DateOnly(2029, 3, 31), new DateOnly(2026, 12, 6), CredentialStatus.Compliant,
        [new AuditFinding(AuditFindingKind.MissingCertificate, 3, "Asthma care")]);

    [Theory]
    [InlineData("en", "1 of 1 credentials would fail", "Missing certificate", "Mar 1, 2024 to Mar 31, 2029", "Finding")]
    [InlineData("es", "1 de 1 credenciales no pasarían una auditoría", "Falta el certificado", "1 mar 2024 a 31 mar 2029", "Hallazgo")]
    public void Findings_ReadInTheCulture(string language, string summary, string kind, string cycle, string header)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<DrillFindingsTable>(p => p.Add(t => t.Rows, [Failing]).Add(t => t.ShowPerson, false));

            Assert.Equal(summary, cut.Find("[data-testid=drill-failing]").TextContent.Trim());
            var cells = cut.FindAll("[data-testid=drill-table] tbody td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal(cycle, cells[1]);
            Assert.Equal(kind, cells[2]);
            Assert.Contains(header, cut.FindAll("[data-testid=drill-table] th").Select(th => th.TextContent.Trim()));
        }
    }
}
