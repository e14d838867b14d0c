using System.Globalization;
using System.Net;
using System.Resources;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Identity;

/// <summary>
/// Identity's emails (confirm, reset, invitation) go through the outbox like every other email: stored first, then
/// sent at once if the server answers. If it does not, the row stays queued for the recurring sender, and the
/// person sees no error for an outage they cannot fix. They read in the recipient's language when the person has
/// chosen one, else in the language of whoever caused them (the request's).
/// </summary>
public sealed class IdentityMailSender(IDbContextFactory<CmaRenewalDbContext> factory, OutboxSender sender, TimeProvider time)
    : IEmailSender<AppUser>
{
    private static readonly ResourceManager Texts = new(typeof(IdentityMailSender).FullName!, typeof(IdentityMailSender).Assembly);

    public async Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink)
    {
        ArgumentNullException.ThrowIfNull(user);
        await SendLinkAsync(email, await ReaderCultureAsync(user.PersonId, email), "Confirm", confirmationLink);
    }

    public async Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink)
    {
        ArgumentNullException.ThrowIfNull(user);
        await SendLinkAsync(email, await ReaderCultureAsync(user.PersonId, email), "Reset", resetLink);
    }

    public async Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode)
    {
        ArgumentNullException.ThrowIfNull(user);
        var culture = await ReaderCultureAsync(user.PersonId, email);
        var text = Text("ResetCodeText", culture);
        await SendAsync(email, Text("ResetCodeSubject", culture),
            $"<p>{string.Format(culture, WebUtility.HtmlEncode(text), $"<b>{WebUtility.HtmlEncode(resetCode)}</b>")}</p>",
            string.Format(culture, text, resetCode));
    }

    /// <summary>The invitation a manager sends to new staff: the link lets them choose a password.</summary>
    public async Task SendInvitationAsync(string email, string clinicName, string setPasswordLink) =>
        await SendLinkAsync(email, await ReaderCultureAsync(null, email), "Invite", setPasswordLink, clinicName);

    // The person's chosen language, found by their account's person or else by the address; none chosen: the caller's.
    private async Task<CultureInfo> ReaderCultureAsync(long? personId, string email)
    {
        await using var db = await factory.CreateDbContextAsync();
        var people = personId is { } id ? db.People.Where(p => p.Id == id) : db.People.Where(p => p.Email == email);
        var language = Languages.Find(await people.Select(p => p.Language).FirstOrDefaultAsync());
        return language is null ? CultureInfo.CurrentUICulture : CultureInfo.GetCultureInfo(language);
    }

    private static string Text(string key, CultureInfo culture) =>
        Texts.GetString(key, culture) ?? throw new MissingManifestResourceException($"No text '{key}' in {nameof(IdentityMailSender)}.resx.");

    // Identity hands over links already HTML-encoded for an href. The kind names the texts: {kind}Subject, Text, Action.
    private Task SendLinkAsync(string email, CultureInfo culture, string kind, string encodedLink, params object?[] values)
    {
        var subject = string.Format(culture, Text(kind + "Subject", culture), values);
        var text = string.Format(culture, Text(kind + "Text", culture), values);
        var action = Text(kind + "Action", culture);
        return SendAsync(email, subject,
            $"<p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{encodedLink}\">{WebUtility.HtmlEncode(action)}</a></p>",
            $"{text}\n\n{action}: {WebUtility.HtmlDecode(encodedLink)}\n");
    }

    // Identity's interface carries no token; the row is saved whatever happens next, so nothing is lost by not cancelling.
    private async Task SendAsync(string email, string subject, string html, string text)
    {
        var row = OutboxEmail.ForAccount(email, subject, html, text, time.GetUtcNow().UtcDateTime);
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.OutboxEmails.Add(row);
            await db.SaveChangesAsync();
        }
        await sender.SendOneAsync(row.Id, CancellationToken.None);
    }
}
