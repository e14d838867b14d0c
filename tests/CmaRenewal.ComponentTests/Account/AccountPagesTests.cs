using System.ComponentModel.DataAnnotations;
using CmaRenewal.Application.Localization;
using CmaRenewal.Web.Components.Account;
using CmaRenewal.Web.Components.Account.Pages;
using CmaRenewal.Web.Components.Account.Shared;
using Microsoft.AspNetCore.Http;

namespace CmaRenewal.ComponentTests.Account;

/// <summary>
/// The account pages read in English and Spanish, and so do the validation messages their forms share (the pages'
/// input models name <see cref="AccountText"/> for both the message and the field).
/// </summary>
public sealed class AccountPagesTests : MudBlazorTestContext
{
    [Theory]
    [InlineData("en", "Locked out", "This account has been locked out, please try again later.")]
    [InlineData("es", "Cuenta bloqueada", "Esta cuenta está bloqueada; vuelva a intentarlo más tarde.")]
    public void Lockout_ReadsInTheCulture(string language, string heading, string message)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<Lockout>();
            Assert.Equal(heading, cut.Find("h1").TextContent);
            Assert.Equal(message, cut.Find("p[role=alert]").TextContent);
        }
    }

    [Theory]
    [InlineData("en", "Profile", "Email", "Password", "Two-factor authentication", "Personal data")]
    [InlineData("es", "Perfil", "Correo electrónico", "Contraseña", "Autenticación en dos pasos", "Datos personales")]
    public void ManageMenu_ReadsInTheCulture(string language, params string[] links)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<ManageNavMenu>();
            Assert.Equal(links, cut.FindAll("a").Select(a => a.TextContent.Trim()));
        }
    }

    [Theory]
    [InlineData("en", "Recovery codes", "Put these codes in a safe place.")]
    [InlineData("es", "Códigos de recuperación", "Guarde estos códigos en un lugar seguro.")]
    public void RecoveryCodes_ReadInTheCulture_AndShowEveryCode(string language, string heading, string warning)
    {
        using (AppCulture.Use(language))
        {
            var cut = Render<ShowRecoveryCodes>(p => p
                .AddCascadingValue<HttpContext>(new DefaultHttpContext())
                .Add(c => c.RecoveryCodes, ["aaaa-1111", "bbbb-2222"]));
            Assert.Equal(heading, cut.Find("h3").TextContent);
            Assert.Equal(warning, cut.Find("strong").TextContent);
            Assert.Equal(["aaaa-1111", "bbbb-2222"], cut.FindAll("code").Select(c => c.TextContent));
        }
    }

    [Theory]
    [InlineData("en", "The Email field is required.", "The Email field is not a valid e-mail address.")]
    [InlineData("es", "El campo Correo electrónico es obligatorio.", "El campo Correo electrónico no es una dirección de correo electrónico válida.")]
    public void ValidationMessages_NameTheField_InTheCulture(string language, string required, string invalid)
    {
        using (AppCulture.Use(language))
        {
            Assert.Equal([required], Errors(new EmailForm { Email = "" }));
            Assert.Equal([invalid], Errors(new EmailForm { Email = "not an address" }));
        }
    }

    [Fact]
    public void InEnglish_TheMessagesAreDataAnnotationsOwn()
    {
        using (AppCulture.Use("en"))
        {
            Assert.Equal(new RequiredAttribute().FormatErrorMessage("Email"), Errors(new EmailForm { Email = "" }).Single());
            Assert.Equal(new EmailAddressAttribute().FormatErrorMessage("Email"), Errors(new EmailForm { Email = "x" }).Single());
            Assert.Equal(new PhoneAttribute().FormatErrorMessage("Phone number"), Errors(new PhoneForm { Phone = "not a phone" }).Single());
        }
    }

    private static string?[] Errors(object model)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage)];
    }

    // The attributes exactly as the account pages' input models carry them.
    private sealed class EmailForm
    {
        [Required(ErrorMessageResourceType = typeof(AccountText), ErrorMessageResourceName = nameof(AccountText.Required))]
        [EmailAddress(ErrorMessageResourceType = typeof(AccountText), ErrorMessageResourceName = nameof(AccountText.EmailAddress))]
        [Display(Name = nameof(AccountText.EmailName), ResourceType = typeof(AccountText))]
        public string Email { get; set; } = "";
    }

    private sealed class PhoneForm
    {
        [Phone(ErrorMessageResourceType = typeof(AccountText), ErrorMessageResourceName = nameof(AccountText.Phone))]
        [Display(Name = nameof(AccountText.PhoneNumberName), ResourceType = typeof(AccountText))]
        public string? Phone { get; set; }
    }
}
