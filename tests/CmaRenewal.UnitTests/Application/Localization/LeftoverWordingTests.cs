using CmaRenewal.Application;
using CmaRenewal.Application.Administration;
using CmaRenewal.Application.CredentialTypes;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Auditing;
using CmaRenewal.Core.Rules;

namespace CmaRenewal.UnitTests.Application.Localization;

/// <summary>
/// Texts made outside components that used to be English only: the audit trail's lines, the custom type form's
/// problems and a use case's fallback sentence read in the reader's language, and English stays as it was.
/// </summary>
public sealed class LeftoverWordingTests
{
    private static readonly DateTime At = new(2026, 11, 27, 14, 5, 0, DateTimeKind.Utc);

    private static readonly AuditNames Names = new(
        new Dictionary<long, string> { [7] = "Maria Lopez" },
        new Dictionary<long, string> { [2] = "Riverside Family Practice", [3] = "Mesa Urgent Care" },
        new Dictionary<long, string>(), new Dictionary<string, string>());

    public static TheoryData<string, string, string[]> AuditLines => new()
    {
        { "en", "Changed person Maria Lopez", ["Active: yes → no", "Clinic: Riverside Family Practice → Mesa Urgent Care"] },
        { "es", "Se cambió la persona Maria Lopez", ["Activa: sí → no", "Clínica: Riverside Family Practice → Mesa Urgent Care"] },
    };

    [Theory]
    [MemberData(nameof(AuditLines))]
    public void AnAuditLine_ReadsInTheReadersLanguage(string language, string what, string[] changes)
    {
        using (AppCulture.Use(language))
        {
            var line = AuditFormatter.Line(new AuditEntry(At, "ada", "Person", "7", AuditAction.Modified,
                """{"Id":7,"ClinicId":2,"FirstName":"Maria","LastName":"Lopez","IsActive":true}""",
                """{"Id":7,"ClinicId":3,"FirstName":"Maria","LastName":"Lopez","IsActive":false}"""), Names);

            Assert.Equal(what, line.What);
            Assert.Equal(changes, line.Changes.Select(c => c.Text).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("en", "Deleted credential BLS-AHA of person #99", "Certified on: 2025-03-01 (removed)", "Rule text: text of 13 characters")]
    [InlineData("es", "Se eliminó la credencial BLS-AHA de persona n.º 99", "Certificada el: 2025-03-01 (eliminado)", "Texto de la regla: texto de 13 caracteres")]
    public void ADeletedRow_AndItsRemovedFields_ReadInTheReadersLanguage(string language, string what, string removed, string blob)
    {
        using (AppCulture.Use(language))
        {
            var line = AuditFormatter.Line(new AuditEntry(At, "ada", "Credential", "5", AuditAction.Deleted,
                """{"Id":5,"PersonId":99,"PackCode":"BLS-AHA","CertifiedOn":"2025-03-01","VersionJson":"{\"a\":[1,2,3]}"}""", null), Names);

            Assert.Equal(what, line.What);
            Assert.Contains(removed, line.Changes.Select(c => c.Text));
            Assert.Contains(blob + " " + AuditFormatter.Removed, line.Changes.Select(c => c.Text));
        }
    }

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
