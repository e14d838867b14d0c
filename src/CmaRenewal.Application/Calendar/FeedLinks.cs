using System.Globalization;

namespace CmaRenewal.Application.Calendar;

/// <summary>
/// Where feed events link back to, on the app's absolute base address (a calendar app opens them from outside, like a
/// mail client follows an email's link), and the host that makes event UIDs globally unique as RFC 5545 asks.
/// </summary>
/// <param name="Root">The app's base address, ending in <c>/</c>.</param>
public sealed record FeedLinks(Uri Root)
{
    public string Host => Root.Host;

    /// <summary>The holder's credentials page, scrolled to the credential's card.</summary>
    public Uri Credential(long personId, long credentialId) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{Root.AbsoluteUri.TrimEnd('/')}/people/{personId}#credential-{credentialId}"));
}
