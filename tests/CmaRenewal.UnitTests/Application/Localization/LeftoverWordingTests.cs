using CmaRenewal.Application;
using CmaRenewal.Application.CredentialTypes;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Application.Localization;

/// <summary>
/// Texts made outside components that used to be English only: the custom type form's problems and a use case's
/// fallback sentence read in the reader's language, and English stays as it was (the audit trail: AuditFormatterTests).
/// </summary>
public sealed class LeftoverWordingTests
{
    [Theory]
    [InlineData("en", "Fee must not be negative.", "CE total must be positive.")]
    [InlineData("es", "Cuota: no puede ser un valor negativo.", "Total de EC: debe ser un valor positivo.")]
    public void ACustomTypesProblem_NamesTheFieldInTheReadersLanguage(string language, string fee, string ceTotal)
    {
        using (AppCulture.Use(language))
        {
            Assert.Equal(fee, Problem(new CustomTypeDraft { Credential = "PHLEB", Body = "CDPH", Name = "Phlebotomy", FeeAmount = -5 }, "FeeAmount"));
            Assert.Equal(ceTotal, Problem(new CustomTypeDraft { Credential = "PHLEB", Body = "CDPH", Name = "Phlebotomy", CeTotal = -2, CeUnit = Units.ClockHour }, "CeTotal"));
        }
    }

    [Theory]
    [InlineData("en", "The request is not valid.")]
    [InlineData("es", "La solicitud no es válida.")]
    public void AnInvalidResultWithoutAMessage_FallsBackInTheReadersLanguage(string language, string message)
    {
        using (AppCulture.Use(language))
            Assert.Equal(message, UseCaseResult<int>.Invalid(new Dictionary<string, string>()).Message);
    }

    private static string Problem(CustomTypeDraft draft, string field) =>
        CustomTypeCheck.Run([], draft, new DateOnly(2026, 12, 1)).Errors[field];
}
