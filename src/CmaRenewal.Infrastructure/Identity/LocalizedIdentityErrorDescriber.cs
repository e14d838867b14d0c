using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Identity;

namespace CmaRenewal.Infrastructure.Identity;

/// <summary>
/// Identity's error texts (password too short, email taken, invalid link…) in the reader's language, from the resource
/// pair beside this file. Identity's codes stay as they are (they name the texts), so code that checks them still works.
/// </summary>
public sealed class LocalizedIdentityErrorDescriber : IdentityErrorDescriber
{
    private static readonly ResourceManager Texts =
        new(typeof(LocalizedIdentityErrorDescriber).FullName!, typeof(LocalizedIdentityErrorDescriber).Assembly);

    public override IdentityError DefaultError() => Localized(base.DefaultError());
    public override IdentityError ConcurrencyFailure() => Localized(base.ConcurrencyFailure());
    public override IdentityError PasswordMismatch() => Localized(base.PasswordMismatch());
    public override IdentityError InvalidToken() => Localized(base.InvalidToken());
    public override IdentityError RecoveryCodeRedemptionFailed() => Localized(base.RecoveryCodeRedemptionFailed());
    public override IdentityError LoginAlreadyAssociated() => Localized(base.LoginAlreadyAssociated());
    public override IdentityError InvalidUserName(string? userName) => Localized(base.InvalidUserName(userName), userName);
    public override IdentityError InvalidEmail(string? email) => Localized(base.InvalidEmail(email), email);
    public override IdentityError DuplicateUserName(string userName) => Localized(base.DuplicateUserName(userName), userName);
    public override IdentityError DuplicateEmail(string email) => Localized(base.DuplicateEmail(email), email);
    public override IdentityError InvalidRoleName(string? role) => Localized(base.InvalidRoleName(role), role);
    public override IdentityError DuplicateRoleName(string role) => Localized(base.DuplicateRoleName(role), role);
    public override IdentityError UserAlreadyHasPassword() => Localized(base.UserAlreadyHasPassword());
    public override IdentityError UserLockoutNotEnabled() => Localized(base.UserLockoutNotEnabled());
    public override IdentityError UserAlreadyInRole(string role) => Localized(base.UserAlreadyInRole(role), role);
    public override IdentityError UserNotInRole(string role) => Localized(base.UserNotInRole(role), role);
    public override IdentityError PasswordTooShort(int length) => Localized(base.PasswordTooShort(length), length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Localized(base.PasswordRequiresUniqueChars(uniqueChars), uniqueChars);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Localized(base.PasswordRequiresNonAlphanumeric());
    public override IdentityError PasswordRequiresDigit() => Localized(base.PasswordRequiresDigit());
    public override IdentityError PasswordRequiresLower() => Localized(base.PasswordRequiresLower());
    public override IdentityError PasswordRequiresUpper() => Localized(base.PasswordRequiresUpper());

    // A missing text throws rather than falling back to English: the resource pair tests then name it.
    private static IdentityError Localized(IdentityError error, params object?[] values) => new()
    {
        Code = error.Code,
        Description = string.Format(CultureInfo.CurrentCulture,
            Texts.GetString(error.Code, CultureInfo.CurrentUICulture)
            ?? throw new MissingManifestResourceException($"No text '{error.Code}' in {nameof(LocalizedIdentityErrorDescriber)}.resx."),
            values),
    };
}
