namespace CmaRenewal.Web.Hosting;

/// <summary>
/// <c>App:BaseUrl</c>: the public address people reach this app at, e.g. <c>https://renewals.example.org</c>. Every
/// absolute link the app writes starts with it; unset, <see cref="AppBaseUrl"/> falls back to where the app listens.
/// </summary>
public sealed class AppUrlOptions
{
    public const string Section = "App";

    public string? BaseUrl { get; set; }

    public static bool IsValid(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}
