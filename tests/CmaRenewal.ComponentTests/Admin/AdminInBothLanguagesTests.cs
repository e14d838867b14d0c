using CmaRenewal.Application;
using CmaRenewal.Application.Administration;
using CmaRenewal.Application.CredentialTypes;
using CmaRenewal.Application.Localization;
using CmaRenewal.Application.People;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Core.Rules.Custom;
using CmaRenewal.Web.Features.Admin;
using CmaRenewal.Web.Features.Admin.Audit;
using CmaRenewal.Web.Features.Admin.CredentialTypes;
using CmaRenewal.Web.Features.Admin.Outbox;
using CmaRenewal.Web.Features.Admin.People;

namespace CmaRenewal.ComponentTests.Admin;

/// <summary>
/// The admin pages' parts read in the reader's language: English word for word as before, Spanish from the resource
/// pairs; dates and times in the culture's format; codes and stored records as they are.
/// </summary>
public sealed class AdminInBothLanguagesTests : MudBlazorTestContext
{
    private static readonly PersonAccountRow Ada =
        new(7, "Ada Admin", "ada@x.test", 1, "Lakeside", PersonRole.Admin, IsActive: true, HasAccount: true, EmailConfirmed: false, LockedOut: true);

    [Theory]
    [InlineData("en", "Audit trail", "Administration pages")]
    [InlineData("es", "Registro de auditoría", "Páginas de administración")]
    public void AdminHome_ListsThePages(string language, string link, string listLabel)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<AdminHome>();
            Assert.Contains(link, cut.Markup, StringComparison.Ordinal);
            Assert.NotNull(cut.Find($"[aria-label='{listLabel}']"));
        }
    }

    [Theory]
    [InlineData("en", "email not confirmed", "locked out", "Unlock")]
    [InlineData("es", "correo sin confirmar", "cuenta bloqueada", "Desbloquear")]
    public void AccountState_SaysTheAccountsState(string language, string confirmation, string lockedOut, string unlock)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<AccountState>(p => p.Add(c => c.Person, Ada));
            Assert.Equal([confirmation, lockedOut], cut.FindAll(".mud-chip").Select(c => c.TextContent.Trim()));
            Assert.Equal(unlock, cut.Find("button").TextContent.Trim());
        }
    }

    [Theory]
    [InlineData("en", "Role of Ada Admin", "Admin")]
    [InlineData("es", "Rol de Ada Admin", "Administrador")]
    public void PersonRolePicker_NamesTheRole(string language, string label, string role)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<PersonRolePicker>(p => p.Add(c => c.Person, Ada));
            Assert.NotNull(cut.Find($"[aria-label='{label}']"));
            Assert.Contains(role, cut.Find(".mud-select").TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en", "Entity type", "Filter")]
    [InlineData("es", "Tipo de entidad", "Filtrar")]
    public void AuditFilterBar_LabelsItsFields(string language, string typeLabel, string button)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<AuditFilterBar>(p => p.Add(c => c.EntityTypes, ["Clinic"]));
            Assert.Contains(typeLabel, cut.Markup, StringComparison.Ordinal);
            Assert.Equal(button, cut.Find("[data-testid=audit-apply]").TextContent.Trim());
        }
    }

    [Theory]
    [InlineData("en", null, "Define a credential type", "Define the type")]
    [InlineData("es", null, "Definir un tipo de credencial", "Definir el tipo")]
    [InlineData("en", "ACLS-AHA", "Edit ACLS-AHA: save as a new version", "Save as a new version")]
    [InlineData("es", "ACLS-AHA", "Editar ACLS-AHA: guardar como nueva versión", "Guardar como nueva versión")]
    public void CustomTypeForm_SaysWhetherItDefinesOrRevises(string language, string? editing, string title, string save)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<CustomTypeForm>(p => p.Add(f => f.Draft, new CustomTypeDraft()).Add(f => f.Editing, editing)
                .Add(f => f.OnSave, _ => Task.FromResult(UseCaseResult<long>.Done(1))));
            Assert.Equal(title, cut.Find("h2").TextContent.Trim());
            Assert.Equal(save, cut.Find("[data-testid=type-save]").TextContent.Trim());
        }
    }

    [Theory]
    [InlineData("en", "on or after Jan 1, 2027", "by ada@x.test on Dec 6, 2026, 3:04 PM UTC: New.", "Delete ACLS-AHA")]
    [InlineData("es", "el 1 ene 2027 o después", "por ada@x.test el 6 dic 2026, 15:04 UTC: New.", "Eliminar ACLS-AHA")]
    public void CustomTypeList_DatesEachVersion_AndKeepsWhatWasStored(string language, string effective, string saved, string deleteLabel)
    {
        var version = new CustomCredentialType("ACLS-AHA", "Advanced Cardiovascular Life Support", 1, new DateOnly(2027, 1, 1), "{}", "New.",
            "ada@x.test", new DateTime(2026, 12, 6, 15, 4, 0, DateTimeKind.Utc));
        using (AppCulture.Use(language))
        {
            var cut = Render<CustomTypeList>(p => p.Add(l => l.Versions, [version]).Add(l => l.Catalog, Packs.Shipped));
            var cells = cut.FindAll("[data-testid=custom-versions-ACLS-AHA] td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal(effective, cells[1]);
            Assert.Equal(saved, cells[3]);
            Assert.NotNull(cut.Find($"[aria-label='{deleteLabel}']"));
        }
    }

    [Theory]
    [InlineData("en", "Account email: its link is not shown")]
    [InlineData("es", "Correo de cuenta: su enlace no se muestra")]
    public void OutboxPreview_SaysWhyAnAccountEmailIsHidden(string language, string text)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<OutboxPreview>(p => p.Add(c => c.Body, new OutboxBody(OutboxPurpose.Account, true, null, null)));
            Assert.Equal(text, cut.Find(".mud-alert-message").TextContent.Trim());
        }
    }
}
