using CmaRenewal.Application.Localization;

namespace CmaRenewal.Web.Components.Account;

/// <summary>
/// Texts the account pages share: field names, validation messages and the messages of the account endpoints, from
/// AccountText.resx / AccountText.es.resx in the current UI culture. The validation attributes of the pages' input
/// models name these properties (ErrorMessageResourceType, Display.ResourceType), so a static form's messages read
/// in the request's language; those attributes need the class and properties public.
/// </summary>
public static class AccountText
{
    private static readonly AppText Text = new(typeof(AccountText));

    public static string Required => Text["Required"];
    public static string EmailAddress => Text["EmailAddress"];
    public static string Phone => Text["Phone"];
    public static string LengthBetween => Text["LengthBetween"];
    public static string PasswordsDoNotMatch => Text["PasswordsDoNotMatch"];
    public static string NewPasswordsDoNotMatch => Text["NewPasswordsDoNotMatch"];

    public static string EmailName => Text["EmailName"];
    public static string PasswordName => Text["PasswordName"];
    public static string ConfirmPasswordName => Text["ConfirmPasswordName"];
    public static string CurrentPasswordName => Text["CurrentPasswordName"];
    public static string NewPasswordName => Text["NewPasswordName"];
    public static string ConfirmNewPasswordName => Text["ConfirmNewPasswordName"];
    public static string NewEmailName => Text["NewEmailName"];
    public static string PhoneNumberName => Text["PhoneNumberName"];
    public static string RememberMeName => Text["RememberMeName"];
    public static string RememberMachineName => Text["RememberMachineName"];
    public static string AuthenticatorCodeName => Text["AuthenticatorCodeName"];
    public static string RecoveryCodeName => Text["RecoveryCodeName"];
    public static string VerificationCodeName => Text["VerificationCodeName"];
    public static string CodeName => Text["CodeName"];

    public static string SignOutExpired => Text["SignOutExpired"];
    public static string DownloadExpired => Text["DownloadExpired"];

    public static string UnableToLoadUser(string? userId) => Text.Format("UnableToLoadUser", userId);

    /// <summary>The status line for a failed Identity call; it starts with "Error" in both languages, which StatusMessage shows in red.</summary>
    public static string UnableToLoadUserError(string? userId) => Text.Format("UnableToLoadUserError", userId);

    public static string ErrorList(IEnumerable<string> errors, string separator) => Text.Format("ErrorList", string.Join(separator, errors));
}
