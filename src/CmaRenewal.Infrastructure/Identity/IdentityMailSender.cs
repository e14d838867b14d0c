using System.Net;
using CmaRenewal.Core.Notifications;
using Microsoft.AspNetCore.Identity;

namespace CmaRenewal.Infrastructure.Identity;

/// <summary>Identity's emails (confirm, reset) through the app's one mail transport.</summary>
public sealed class IdentityMailSender(IMailTransport transport) : IEmailSender<AppUser>
{
    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) =>
        SendAsync(email, "Confirm your CmaRenewal email", "Confirm your email address to finish setting up your account.", confirmationLink, "Confirm email");

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink) =>
        SendAsync(email, "Reset your CmaRenewal password", "Someone asked to reset your password. If it was you, choose a new one here.", resetLink, "Reset password");

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) =>
        transport.SendAsync(new OutgoingMail(email, "Your CmaRenewal password reset code",
            $"<p>Your password reset code is <b>{WebUtility.HtmlEncode(resetCode)}</b>.</p>",
            $"Your password reset code is {resetCode}."), CancellationToken.None);

    /// <summary>The invitation a manager sends to new staff: the link lets them choose a password.</summary>
    public Task SendInvitationAsync(string email, string clinicName, string setPasswordLink) =>
        SendAsync(email, $"You're invited to CmaRenewal by {clinicName}",
            $"{clinicName} uses CmaRenewal to keep your credentials current. Choose a password to sign in.", setPasswordLink, "Choose a password");

    // Identity hands over links already HTML-encoded for an href.
    private Task SendAsync(string email, string subject, string text, string encodedLink, string action) =>
        transport.SendAsync(new OutgoingMail(email, subject,
            $"<p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{encodedLink}\">{WebUtility.HtmlEncode(action)}</a></p>",
            $"{text}\n\n{action}: {WebUtility.HtmlDecode(encodedLink)}\n"), CancellationToken.None);
}
