using System.Globalization;
using CmaRenewal.Web.Hosting;

namespace CmaRenewal.Web.Features.Calendar;

/// <summary>
/// The absolute addresses a calendar feed uses, on <c>App:BaseUrl</c> (a calendar app fetches from outside, like a
/// mail client follows an email's link): the feed itself and the page an event links back to.
/// </summary>
public sealed class CalendarLinks(AppBaseUrl baseUrl)
{
    public const string FeedPathPrefix = "/calendar/";
    public const string FeedPathSuffix = ".ics";

    /// <summary>The host name, to make event UIDs globally unique as RFC 5545 asks.</summary>
    public string Host => baseUrl.Root.Host;

    public string Feed(string token) => $"{baseUrl.Origin}{FeedPathPrefix}{token}{FeedPathSuffix}";

    /// <summary>The holder's credentials page, scrolled to the credential's card.</summary>
    public Uri Credential(long personId, long credentialId) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{baseUrl.Origin}/people/{personId}#credential-{credentialId}"));
}
