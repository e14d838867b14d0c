using System.Text;
using CmaRenewal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CmaRenewal.Application.People;

/// <summary>
/// The link an account without a password follows to choose one: the password-reset page with a fresh reset token,
/// encoded as the page expects. Invitations email it; the <c>create-admin</c> verb prints it.
/// </summary>
public static class SetPasswordLink
{
    public static async Task<string> ForAsync(UserManager<AppUser> users, AppUser user, Uri resetPasswordPage)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(resetPasswordPage);
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        return QueryHelpers.AddQueryString(resetPasswordPage.AbsoluteUri, "code", token);
    }
}
