using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CmaRenewal.Web.Hosting.RateLimits;

/// <summary>The 429 answer: Retry-After in seconds and a sentence saying what was limited; a problem document under /api.</summary>
public static class TooManyRequests
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var kind = LimitedRequest.KindOf(context);
        var detail = Sentence(kind, seconds);
        if (kind == LimitedKind.Api)
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = detail },
            });
            return;
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(detail, ct);
    }

    public static string Sentence(LimitedKind kind, int seconds)
    {
        var wait = seconds < 120 ? $"{seconds} seconds" : $"{(seconds + 59) / 60} minutes";
        return kind switch
        {
            LimitedKind.SignIn => $"Too many sign-in attempts from this address or for this account. Try again in {wait}.",
            LimitedKind.PasswordMail => $"Too many password-reset or confirmation requests from this address or for this account. Try again in {wait}.",
            LimitedKind.Api => $"Too many requests with this token or from this address. Try again in {wait}.",
            LimitedKind.Calendar => $"Too many fetches of this calendar feed or from this address. Try again in {wait}.",
            _ => $"Too many requests. Try again in {wait}.",
        };
    }
}
