using CmaRenewal.Application.Calendar;
using CmaRenewal.Web.Hosting;

namespace CmaRenewal.Web.Features.Calendar;

/// <summary>
/// The absolute addresses a calendar feed uses, on <c>App:BaseUrl</c> (a calendar app fetches from outside, like a
/// mail client follows an email's link): the feed itself and the pages its events link back to.
/// </summary>
public sealed class CalendarLinks(AppBaseUrl baseUrl)
{
    public const string FeedPathPrefix = "/calendar/";
    public const string FeedPathSuffix = ".ics";


    public string Feed(string token) => $"{baseUrl.Origin}{FeedPathPrefix}{token}{FeedPathSuffix}";

    /// <summary>Where events link back to; read per feed, as the base address may be known only once the server has started.</summary>
    public FeedLinks Events => new(baseUrl.Root);
}
