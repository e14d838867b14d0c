using System.Net;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CmaRenewal.Infrastructure.Identity;

/// <summary>
/// Identity's emails (confirm, reset, invitation) go through the outbox like every other email: stored first, then
/// sent at once if the server answers. If it does not, the row stays queued for the recurring sender, and the
/// person sees no error for an outage they cannot fix.
/// </summary>
public sealed class IdentityMailSender(IDbContextFactory<CmaRenewalDbContext> factory, OutboxSender sender, TimeProvider time)
    : IEmailSender<AppUser>
{
    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) =>
        SendLinkAsync(email, "Confirm your CmaRenewal email", "Confirm your email address to finish setting up your account.", confirmationLink, "Confirm email");

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink) =>
        SendLinkAsync(email, "Reset your CmaRenewal password", "Someone asked to reset your password. If it was you, choose a new one here.", resetLink, "Reset password");

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) =>
        SendAsync(email, "Your CmaRenewal password reset code",
            $"<p>Your password reset code is <b>{WebUtility.HtmlEncode(resetCode)}</b>.</p>",
            $"Your password reset code is {resetCode}.");

    /// <summary>The invitation a manager sends to new staff: the link lets them choose a password.</summary>
    public Task SendInvitationAsync(string email, string clinicName, string setPasswordLink) =>
        SendLinkAsync(email, $"You're invited to CmaRenewal by {clinicName}",
            $"{clinicName} uses CmaRenewal to keep your credentials current. Choose a password to sign in.", setPasswordLink, "Choose a password");

    // Identity hands over links already HTML-encoded for an href.
    private Task SendLinkAsync(string email, string subject, string text, string encodedLink, string action) =>
        SendAsync(email, subject,
            $"<p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{encodedLink}\">{WebUtility.HtmlEncode(action)}</a></p>",
            $"{text}\n\n{action}: {WebUtility.HtmlDecode(encodedLink)}\n");

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
