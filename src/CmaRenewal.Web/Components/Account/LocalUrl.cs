namespace CmaRenewal.Web.Components.Account;

/// <summary>
/// Whether an address stays inside this app, by the rule of <c>IUrlHelper.IsLocalUrl</c>: relative, and not starting
/// with <c>//</c> or <c>/\</c>, which browsers read as another host. Paths relative to the base, such as
/// <c>Account/Lockout</c>, count as local too, since Identity's pages redirect to them.
/// </summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url) =>
        string.IsNullOrEmpty(url)
        || (!url.StartsWith("//", StringComparison.Ordinal)
            // Browsers treat '\' as '/', so "/\evil.example" is "//evil.example"; no page of ours needs one.
            && !url.Contains('\\', StringComparison.Ordinal)
            && !url.Any(char.IsControl)
            && Uri.IsWellFormedUriString(url, UriKind.Relative));
}
