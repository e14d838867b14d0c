using CmaRenewal.Core.Reminders;
using Microsoft.Extensions.Options;

namespace CmaRenewal.Web.Emails.Links;

/// <summary>The absolute addresses an email links to, on <see cref="AppUrlOptions.BaseUrl"/>.</summary>
public sealed class EmailLinks(IOptions<AppUrlOptions> options, EmailLinkTokens tokens)
{
    public const string PreferencesPath = "/me/profile";
    public const string UnsubscribePath = "/email/unsubscribe";
    public const string SnoozePath = "/email/snooze";

    private readonly string root = options.Value.BaseUrl.TrimEnd('/');

    public string Preferences => root + PreferencesPath;

    public string Unsubscribe(long personId, IEnumerable<ReminderTopic> topics) =>
        $"{root}{UnsubscribePath}?token={Uri.EscapeDataString(tokens.ForUnsubscribe(personId, topics))}";

    public string Snooze(long personId) => $"{root}{SnoozePath}?token={Uri.EscapeDataString(tokens.ForSnooze(personId))}";
}
