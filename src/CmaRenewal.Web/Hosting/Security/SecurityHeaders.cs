using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace CmaRenewal.Web.Hosting.Security;

/// <summary>
/// The headers every response carries. The policy lets Blazor Server and MudBlazor run and nothing else: scripts only
/// from this site (plus the hash of each inline script the page really holds), no eval, the circuit's websocket to
/// this site only, and no framing. MudBlazor sets style attributes at run time, so styles need 'unsafe-inline'.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Item key under which a page's extra script hashes (<c>'sha256-…'</c>) travel to the headers.</summary>
    public const string ScriptHashesItem = "CmaRenewal.ScriptHashes";

    // Feed and API addresses hold secrets, so no address is ever sent along to another site, or even this one.
    public const string ReferrerPolicy = "no-referrer";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static void Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.Remove("Server");
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers.ContentSecurityPolicy = ContentSecurityPolicy(ScriptHashes(context));
    }

    public static string ContentSecurityPolicy(IEnumerable<string> scriptHashes) =>
        string.Join("; ",
            "default-src 'self'",
            string.Join(' ', ["script-src", "'self'", .. scriptHashes.Distinct(StringComparer.Ordinal)]),
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            // 'self' covers the circuit's ws:/wss: connection to this same host.
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /// <summary>The CSP source for an inline script's exact text.</summary>
    public static string HashSource(string script) =>
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";

    // Blazor's <ImportMap /> writes the endpoint's import map as an inline script; its text changes with every
    // build's fingerprints, so its hash is taken from the same definition the component renders.
    private static IEnumerable<string> ScriptHashes(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>() is { } importMap)
            yield return HashSource(importMap.ToString());
        if (context.Items[ScriptHashesItem] is IEnumerable<string> extra)
            foreach (var hash in extra) yield return hash;
    }
}
