using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Application.Emails;

/// <summary>
/// The words of reminders emails (EmailWords.resx / .es.resx), read in the current UI culture: the renderer switches
/// to the recipient's language first, so every email reads in its reader's language, whoever's request sent it.
/// </summary>
public static class EmailWords
{
    private static readonly AppText Text = new(typeof(EmailWords));

    public static string Get(string key) => Text[key];

    public static string Format(string key, params object?[] values) => Text.Format(key, values);

    /// <summary>A sentence whose <c>**marked**</c> parts are the facts a reader looks for (bold in the HTML).</summary>
    public static EmailLine Line(string key, params object?[] values) => EmailLine.Parse(Text[key], values);

    /// <summary>"CE reminders", "the weekly staff digest": how a topic reads in a sentence.</summary>
    public static string Topic(ReminderTopic topic) => Text[topic switch
    {
        ReminderTopic.Ce => "TopicCe",
        ReminderTopic.Fees => "TopicFees",
        ReminderTopic.Expiration => "TopicExpiration",
        ReminderTopic.Digest => "TopicDigest",
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, "Unknown reminder topic."),
    }];

    /// <summary>"CE reminders and fee reminders".</summary>
    public static string Topics(IEnumerable<ReminderTopic> topics) => string.Join(Text["TopicsJoin"], topics.Select(Topic));
}
