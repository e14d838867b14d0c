using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Hosting.RateLimits;

public static class RateLimitsModule
{
    /// <summary>
    /// One global limiter made of five fixed-window counters (see <see cref="RateLimitOptions"/>); a request counts
    /// against each that applies to it, and is refused with 429 as soon as any is spent.
    /// </summary>
    public static IHostApplicationBuilder AddCmaRateLimits(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o.All.All(l => l.Limit.IsValid),
                $"Every {RateLimitOptions.Section} entry needs PermitLimit of 1 or more and a Window between 00:00:01 and 1.00:00:00.")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            var o = limits.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = TooManyRequests.WriteAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Counter(o.SignInPerIp, c => LimitedRequest.KindOf(c) is var k && LimitedRequest.IsAccountForm(k) ? $"{k}|{LimitedRequest.Address(c)}" : null),
                Counter(o.SignInPerAccount, c => LimitedRequest.KindOf(c) is var k && LimitedRequest.IsAccountForm(k) && LimitedRequest.Account(c) is { } a ? $"{k}|{a}" : null),
                Counter(o.ApiAndCalendarPerIp, c => LimitedRequest.KindOf(c) is LimitedKind.Api or LimitedKind.Calendar ? LimitedRequest.Address(c) : null),
                Counter(o.ApiPerToken, c => LimitedRequest.KindOf(c) is LimitedKind.Api ? LimitedRequest.ApiTokenHash(c) : null),
                Counter(o.CalendarPerToken, c => LimitedRequest.KindOf(c) is LimitedKind.Calendar ? LimitedRequest.CalendarToken(c) : null));
        });
        return builder;
    }

    /// <summary>After routing and before authentication: a flood of guessed passwords or tokens stops before any lookup.</summary>
    public static WebApplication UseCmaRateLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(AccountFormReader.ReadAccountAsync);
        app.UseRateLimiter();
        return app;
    }

    // A fixed-window counter per key; requests without a key (null) are not counted by it.
    private static PartitionedRateLimiter<HttpContext> Counter(WindowLimit limit, Func<HttpContext, string?> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => key(context) is { } k
            ? RateLimitPartition.GetFixedWindowLimiter(k, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(""));
}
