using CmaRenewal.Application.Compliance;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Web.Components.Shared;

namespace CmaRenewal.ComponentTests.Shared;

/// <summary>A status chip reads the one wording in the reader's language: the glossary's word, and its meaning as tooltip.</summary>
public sealed class StatusChipLanguageTests : MudBlazorTestContext
{
    [Theory]
    [InlineData(CredentialStatus.DueSoon, "Due soon", "Vence pronto")]
    [InlineData(CredentialStatus.InGrace, "In grace", "En período de gracia")]
    [InlineData(CredentialStatus.Compliant, "Compliant", "Al día")]
    public void TheChip_ReadsEnglishAndSpanish_WithTheSameStatusAttribute(CredentialStatus status, string english, string spanish)
    {
        var inEnglish = Render<StatusChip>(p => p.Add(c => c.Status, status)).Find(".mud-chip");
        Assert.Equal(english, inEnglish.TextContent.Trim());

        using (AppCulture.Use("es"))
        {
            var cut = Render<StatusChip>(p => p.Add(c => c.Status, status));
            var chip = cut.Find(".mud-chip");
            Assert.Equal(spanish, chip.TextContent.Trim());
            Assert.Equal(status.ToString(), chip.GetAttribute("data-status"));
            Assert.Equal(ComplianceWording.Meaning(status), cut.FindComponent<MudTooltip>().Instance.Text);
        }
    }
}
