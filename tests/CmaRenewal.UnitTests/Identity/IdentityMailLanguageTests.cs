using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Notifications;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.UnitTests.Application.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CmaRenewal.UnitTests.Identity;

/// <summary>
/// Identity's emails (confirm, reset, invitation) read in the recipient's chosen language whatever the language of
/// whoever caused them; without a choice, in the language of the request that sent them.
/// </summary>
public sealed class IdentityMailLanguageTests : PeopleServiceTests
{
    private const string Link = "https://cma.example/Account/ConfirmEmail?code=abc";

    [Theory]
    [InlineData("es", "en", "Confirme su correo electrónico de CmaRenewal", "Confirmar correo electrónico")]
    [InlineData("en", "es", "Confirm your CmaRenewal email", "Confirm email")]
    [InlineData(null, "es", "Confirme su correo electrónico de CmaRenewal", "Confirmar correo electrónico")]
    [InlineData(null, "en", "Confirm your CmaRenewal email", "Confirm email")]
    public async Task Confirmation_ReadsInTheRecipientsLanguage_ElseTheRequests(string? chosen, string request, string subject, string action)
    {
        var email = await ChooseLanguageAsync(World.Ana, chosen);

        using (AppCulture.Use(request))
            await Sender().SendConfirmationLinkAsync(new AppUser { PersonId = World.Ana, Email = email }, email, Link);

        var sent = await SentToAsync(email);
        Assert.Equal(subject, sent.Subject);
        Assert.Contains($"{action}: {Link}", sent.TextBody?.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_FindsTheRecipientByAddress_AndNamesTheClinic()
    {
        var email = await ChooseLanguageAsync(World.Ana, "es");

        using (AppCulture.Use("en"))
            await Sender().SendInvitationAsync(email, "Sunrise Clinic", Link);

        var sent = await SentToAsync(email);
        Assert.Equal("Sunrise Clinic le invita a CmaRenewal", sent.Subject);
        Assert.StartsWith("Sunrise Clinic usa CmaRenewal", sent.TextBody?.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetCode_IsInTheText_AndBoldInTheHtml()
    {
        var email = await ChooseLanguageAsync(World.Ana, "es");

        await Sender().SendPasswordResetCodeAsync(new AppUser { PersonId = World.Ana, Email = email }, email, "123456");

        var sent = await SentToAsync(email);
        Assert.Equal("Su código para restablecer la contraseña es 123456.", sent.TextBody?.TrimEnd());
        Assert.Contains("<b>123456</b>", sent.HtmlBody, StringComparison.Ordinal);
    }

    private IdentityMailSender Sender() => Services.CreateScope().ServiceProvider.GetRequiredService<IdentityMailSender>();

    private async Task<string> ChooseLanguageAsync(long personId, string? language)
    {
        await using var db = World.Database.CreateContext();
        var person = await db.People.SingleAsync(p => p.Id == personId, Ct);
        person.UseLanguage(language);
        await db.SaveChangesAsync(Ct);
        return person.Email;
    }

    // Account emails drop their bodies from the outbox once sent: read what left, as the pickup folder wrote it.
    private async Task<MimeMessage> SentToAsync(string email)
    {
        var folder = ((PickupFolderMailTransport)Services.GetRequiredService<IMailTransport>()).Folder;
        var message = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(folder, "*.eml")), Ct);
        Assert.Equal(email, Assert.Single(message.To.Mailboxes).Address);
        return message;
    }

    protected override Task<string> FingerprintAsync() => Task.FromResult("");
}
