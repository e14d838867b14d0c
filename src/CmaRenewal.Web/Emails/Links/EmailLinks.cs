using CmaRenewal.Application.Emails;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.Web.Hosting;

namespace CmaRenewal.Web.Emails.Links;

/// <summary>The absolute addresses an email links to, on <see cref="AppBaseUrl"/>.</summary>
public sealed class EmailLinks(AppBaseUrl baseUrl, EmailLinkTokens tokens) : IEmailLinks
{
    public const string PreferencesPath = "/me/profile";
    public const string UnsubscribePath = "/email/unsubscribe";
    public const string SnoozePath = "/email/snooze";

    public string Preferences => baseUrl.Origin + PreferencesPath;

    public string Unsubscribe(long personId, IEnumerable<ReminderTopic> topics) =>
        $"{baseUrl.Origin}{UnsubscribePath}?token={Uri.EscapeDataString(tokens.ForUnsubscribe(personId, topics))}";

    public string Page(string pathAndQuery) => baseUrl.Origin + pathAndQuery;

    public string Snooze(long personId) => $"{baseUrl.Origin}{SnoozePath}?token={Uri.EscapeDataString(tokens.ForSnooze(personId))}";
}
