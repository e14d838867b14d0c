using System.Globalization;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.AuditPacks;
using CmaRenewal.Core.ContinuingEducation;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Localization;

/// <summary>
/// The engine's own sentences (status reasons, what is still needed, why an activity does not count, audit findings)
/// read in the language of whoever asked, dates included; the built-in packs' words go through the glossary.
/// </summary>
public sealed class EngineWordsTests
{
    // Half the AAMA CE done: 30 of 60 points; CE due 2025-03-01, expires 2025-03-31, grace to 2025-06-29.
    private static EngineBuilder HalfDoneAama() => Compliance.StatusTests.HalfDoneAama();

    [Theory]
    [InlineData("en", "2025-03-02", "CE was due Mar 1, 2025; 30 more points.")]
    [InlineData("es", "2025-03-02", "La EC vencía el 1 mar 2025; 30 puntos más.")]
    [InlineData("es", "2023-06-01", "Va atrasada: 30 puntos más antes del 1 mar 2025.")]
    [InlineData("es", "2025-04-01", "Venció el 31 mar 2025; aún puede renovar con EC hasta el 29 jun 2025.")]
    public void StatusReason_ReadsInTheCurrentLanguage(string language, string asOf, string expected)
    {
        using (AppCulture.Use(language)) Assert.Equal(expected, HalfDoneAama().EvaluateOn(asOf).StatusReason);
    }

    [Fact]
    public void StillNeed_TranslatesThePacksWords()
    {
        using (AppCulture.Use("es"))
        {
            var result = new EngineBuilder("CMA-AAMA", "2020-03-10")
                .Ce("2021-01-10", 10, Units.AamaCeu, "administrative")
                .Ce("2021-01-11", 6, Units.AamaCeu, "clinical")
                .Ce("2021-01-12", 12, Units.AamaCeu, "general")
                .Ce("2021-01-13", 26, Units.ContactHour, "general", approved: false)
                .EvaluateOn("2022-01-01");

            Assert.Equal("6 puntos más: al menos 4 clínica, al menos 2 aprobados por la AAMA", result.StillNeed.Summary);
        }
    }

    [Fact]
    public void WhyAnActivityDoesNotCount_ReadsInSpanish()
    {
        using (AppCulture.Use("es"))
        {
            var result = new EngineBuilder("CMA-AAMA", "2020-03-10").Ce("2021-05-02", 5, Units.AamaCeu).EvaluateOn("2021-05-01");
            Assert.Equal("Completada después del 1 may 2021.", result.Activities.Single().NotCountedBecause);
        }
    }

    [Fact]
    public void AuditFindings_ReadInSpanish()
    {
        using (AppCulture.Use("es"))
        {
            var result = HalfDoneAama().EvaluateOn("2022-06-01");
            var day = DateOnly.Parse("2020-06-01", CultureInfo.InvariantCulture);
            var findings = AuditDrill.Findings(result, [new DrillActivity(1, day, day, "Curso de RCP", false, VerificationStatus.Verified)]);

            Assert.Equal("No hay certificado para \"Curso de RCP\" (1 jun 2020), que cuenta para este ciclo.", findings[0].Text);
        }
    }

    [Fact]
    public void AWordTheGlossaryDoesNotKnow_ReadsAsThePackGivesIt()
    {
        using (AppCulture.Use("es")) Assert.Equal("widgets", PackWords.Of("widgets"));
    }
}
