using CmaRenewal.Application.Calendar;
using CmaRenewal.Infrastructure.Calendar;

namespace CmaRenewal.Web.Features.Calendar;

/// <summary>
/// <c>GET /calendar/{token}.ics</c>: anonymous, because calendar apps send no cookies; the long random token in the
/// address is the only credential, checked against the owner's access at every fetch. Anything else is 404.
/// </summary>
public static class CalendarFeedEndpoint
{
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet(CalendarLinks.FeedPathPrefix + "{token}" + CalendarLinks.FeedPathSuffix, FetchAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> FetchAsync(string token, CalendarFeeds feeds, CalendarFeedContent content, CalendarLinks links,
        HttpContext http, CancellationToken ct)
    {
        if (await feeds.OpenAsync(token, ct) is not var (feed, owner)) return Results.NotFound();
        var ics = await content.WriteAsync(feed, owner, links.Events, ct);
        // The address is a secret and the body personal: no shared cache may keep either, and no search engine index it.
        http.Response.Headers.CacheControl = "private, no-cache";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        return Results.Text(ics, IcsDocument.ContentType);
    }
}
