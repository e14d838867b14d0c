using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CmaRenewal.Core.Compliance;

namespace CmaRenewal.IntegrationTests.Consistency;

/// <summary>Reads a credential card out of a prerendered page (/me, /people/{id}) by its test ids, as a browser shows it.</summary>
internal static partial class HtmlCards
{
    public static DoorView Read(string door, string html, long credentialId)
    {
        ArgumentNullException.ThrowIfNull(html);
        // A leading space: "data-testid=\"credential-card\"" contains id="credential- too.
        var start = html.IndexOf($" id=\"credential-{credentialId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{door} has no card for credential {credentialId}");
        var next = html.IndexOf(" id=\"credential-", start + 1, StringComparison.Ordinal);
        var card = next < 0 ? html[start..] : html[start..next];
        var status = Enum.Parse<CredentialStatus>(StatusAttribute().Match(card).Groups[1].Value);
        var earned = EarnedAttribute().Match(card) is { Success: true } e ? decimal.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture) : (decimal?)null;
        var summary = StillNeedText().Match(card) is { Success: true } s ? WebUtility.HtmlDecode(s.Groups[1].Value).Trim() : null;
        return new DoorView(door, status, earned, null, summary);
    }

    [GeneratedRegex("data-status=\"(\\w+)\"")]
    private static partial Regex StatusAttribute();

    [GeneratedRegex("data-testid=\"progress-total\"[^>]*data-counted=\"([^\"]*)\"")]
    private static partial Regex EarnedAttribute();

    // The alert's innermost message element holds the sentence.
    [GeneratedRegex("data-testid=\"still-need\".*?mud-alert-message[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex StillNeedText();
}
