using CmaRenewal.Core.Calendar;
using CmaRenewal.Infrastructure.Identity;
using CmaRenewal.Web.Features.Calendar;

namespace CmaRenewal.Web.Hosting.RateLimits;

/// <summary>What a request is, as far as limits go: a sign-in or reset post, an API call, a feed fetch, or free.</summary>
public enum LimitedKind { None, SignIn, PasswordMail, Api, Calendar }

/// <summary>Sorts requests into <see cref="LimitedKind"/> and names the partitions each one counts against.</summary>
public static class LimitedRequest
{
    /// <summary>The email posted in an account form, read before the limiter runs (see <see cref="AccountFormReader"/>).</summary>
    public const string AccountItem = "CmaRenewal.RateLimits.Account";

    public const string AccountField = "Input.Email";

    public static LimitedKind KindOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)) return LimitedKind.Api;
        if (path.StartsWithSegments("/calendar", StringComparison.OrdinalIgnoreCase)) return LimitedKind.Calendar;
        if (!HttpMethods.IsPost(context.Request.Method)) return LimitedKind.None;
        return path.Value?.TrimEnd('/').ToUpperInvariant() switch
        {
            "/ACCOUNT/LOGIN" or "/ACCOUNT/LOGINWITH2FA" or "/ACCOUNT/LOGINWITHRECOVERYCODE" => LimitedKind.SignIn,
            "/ACCOUNT/FORGOTPASSWORD" or "/ACCOUNT/RESENDEMAILCONFIRMATION" => LimitedKind.PasswordMail,
            _ => LimitedKind.None,
        };
    }

    public static bool IsAccountForm(LimitedKind kind) => kind is LimitedKind.SignIn or LimitedKind.PasswordMail;

    /// <summary>The client's address; behind a proxy, the forwarded-headers middleware has already put the real one here.</summary>
    public static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The posted email, case-folded, so "Ann@x" and "ann@x" share one count.</summary>
    public static string? Account(HttpContext context) =>
        context.Items[AccountItem] is string { Length: > 0 } email ? email.Trim().ToUpperInvariant() : null;

    /// <summary>The hash of a presented <c>cma_</c> token (never the secret itself), valid or not.</summary>
    public static string? ApiTokenHash(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var secret = header["Bearer ".Length..].Trim();
        return secret.StartsWith(ApiToken.SecretPrefix, StringComparison.Ordinal) && secret.Length <= 200
            ? ApiToken.Hash(secret)
            : null;
    }

    /// <summary>The token in <c>/calendar/{token}.ics</c>, when it has a token's shape.</summary>
    public static string? CalendarToken(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(CalendarLinks.FeedPathPrefix, StringComparison.OrdinalIgnoreCase)
            || !path.EndsWith(CalendarLinks.FeedPathSuffix, StringComparison.OrdinalIgnoreCase)) return null;
        var token = path[CalendarLinks.FeedPathPrefix.Length..^CalendarLinks.FeedPathSuffix.Length];
        return token.Length == CalendarFeed.TokenLength ? token : null;
    }
}
