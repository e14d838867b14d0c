using CmaRenewal.Application.Access;
using CmaRenewal.Application.ContinuingEducation;
using CmaRenewal.Application.Credentials;
using CmaRenewal.Application.Imports;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.People;
using CmaRenewal.Application.People.PersonDetail;
using CmaRenewal.Application.Requirements;
using CmaRenewal.Infrastructure.Access;

namespace CmaRenewal.UnitTests.Application.Localization;

/// <summary>
/// Handlers' messages are read when the answer is made, in the language of whoever asked: the same property reads
/// English for an English caller and Spanish for a Spanish one, and the English is what it always was.
/// </summary>
public sealed class HandlerMessagesTests
{
    public static TheoryData<string, string, string> Messages => new()
    {
        { nameof(ActivityHandler.OwnerOnly), "Only the person corrects or deletes their own CE; a manager verifies or rejects it instead.",
            "Solo la propia persona corrige o elimina su EC; un gerente la verifica o la rechaza." },
        { nameof(CredentialHandler.Conflict), "Someone else changed this credential while you had it open. Nothing was saved: reload to see their change.",
            "Otra persona cambió esta credencial mientras usted la tenía abierta. No se guardó nada: vuelva a cargar para ver su cambio." },
        { nameof(PersonWrites.Gone), "This entry no longer exists.", "Este registro ya no existe." },
        { nameof(StaffDirectory.NotYourself), "You cannot deactivate yourself.", "Usted no puede desactivarse a sí mismo." },
        { nameof(PersonDetailQuery.NoSuchCycle), "There is no such credential cycle that you may see.", "No existe ese ciclo de la credencial, o usted no puede verlo." },
        { nameof(ImportHandler.ManagersOnly), "Only managers and admins import.", "Solo los gerentes y administradores importan." },
        { nameof(RequirementWording.NotOnFileShort), "Not on file", "No registrada" },
        { nameof(PersonWrites.CannotChange), "Only an admin can change an admin.", "Solo un administrador puede cambiar a un administrador." },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void AMessage_ReadsInTheCallersLanguage(string name, string english, string spanish)
    {
        Func<string> read = name switch
        {
            nameof(ActivityHandler.OwnerOnly) => () => ActivityHandler.OwnerOnly,
            nameof(CredentialHandler.Conflict) => () => CredentialHandler.Conflict,
            nameof(PersonWrites.Gone) => () => PersonWrites.Gone,
            nameof(StaffDirectory.NotYourself) => () => StaffDirectory.NotYourself,
            nameof(PersonDetailQuery.NoSuchCycle) => () => PersonDetailQuery.NoSuchCycle,
            nameof(ImportHandler.ManagersOnly) => () => ImportHandler.ManagersOnly,
            nameof(PersonWrites.CannotChange) => () => PersonWrites.CannotChange,
            _ => () => RequirementWording.NotOnFileShort,
        };

        Assert.Equal(english, read());
        using (AppCulture.Use("es")) Assert.Equal(spanish, read());
    }

    [Fact]
    public void TheCeFormsChecks_ReadSpanish_WithTheSameFields()
    {
        var input = new CeActivityInput { CompletedOn = "2026-01-10", Title = "", Provider = "P", Amount = 0m, Unit = "aama-ceu" };
        var today = new DateOnly(2026, 3, 2);

        var english = CeActivityRules.Validate(input, today);
        using (AppCulture.Use("es"))
        {
            var spanish = CeActivityRules.Validate(input, today);
            Assert.Equal(english.Keys, spanish.Keys);
            Assert.Equal("Escriba el título del curso.", spanish["Title"]);
            Assert.Equal("La cantidad debe ser mayor que cero.", spanish["Amount"]);
        }
        Assert.Equal("Enter the course title.", english["Title"]);
    }

    [Fact]
    public void TheRequirementSentences_ReadSpanish()
    {
        using (AppCulture.Use("es"))
        {
            Assert.Equal("Agregue su certificación: CMA (AAMA), RMA (AMT) o NCMA (NCCT)", RequirementWording.AddYours(["CMA (AAMA)", "RMA (AMT)", "NCMA (NCCT)"]));
            Assert.Equal("Agregue su tarjeta de BLS (AHA)", RequirementWording.AddYours(["BLS (AHA)"]));
        }
        Assert.Equal("Add your BLS (AHA) card", RequirementWording.AddYours(["BLS (AHA)"]));
    }

    [Fact]
    public void AccessRefusals_InEnglish_AreInfrastructuresOwnSentences()
    {
        Assert.Equal(AccessScope.CannotChange, PersonWrites.CannotChange);
        Assert.Equal(AccessScope.EmailNotAvailable, PersonWrites.EmailNotAvailable);
    }
}
