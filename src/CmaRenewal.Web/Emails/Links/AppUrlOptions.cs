using System.ComponentModel.DataAnnotations;

namespace CmaRenewal.Web.Emails.Links;

/// <summary><c>App:BaseUrl</c>: where people reach this app from an email, e.g. <c>https://renewals.example.org</c>.</summary>
public sealed class AppUrlOptions
{
    public const string Section = "App";

    [Required]
    public string BaseUrl { get; set; } = "http://localhost:5000";

    public static bool IsValid(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}
