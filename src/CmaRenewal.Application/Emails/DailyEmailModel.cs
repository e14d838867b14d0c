using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Application.Emails;

/// <summary>Everything one person's email for one day says, in order; both the HTML and the text body are made from it.</summary>
public sealed record DailyEmailModel(string Subject, DateOnly Day, IReadOnlyList<EmailItem> Items, EmailFooterModel Footer)
{
    public IEnumerable<IGrouping<EmailSection, EmailItem>> Sections => Items.GroupBy(i => i.Section).OrderBy(g => g.Key.Order);
}

/// <summary>Why the email came, and the links that change what comes next. Every link works without signing in except the preferences page.</summary>
public sealed record EmailFooterModel(string Reason, string PreferencesUrl, IReadOnlyList<UnsubscribeLink> Unsubscribes, string SnoozeUrl)
{
    public static string PreferencesLabel => EmailWords.Get("PreferencesLink");

    public static string SnoozeLabel => EmailWords.Format("SnoozeLink", EmailLinkActions.SnoozeDays);
}

public sealed record UnsubscribeLink(ReminderTopic Topic, string Url)
{
    public string Label => EmailWords.Format("StopTopic", EmailWords.Topic(Topic));
}
