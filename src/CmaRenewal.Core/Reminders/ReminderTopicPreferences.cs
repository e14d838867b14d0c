using CmaRenewal.Core.Common;
using CmaRenewal.Core.People;

namespace CmaRenewal.Core.Reminders;

/// <summary>Reads and changes <see cref="EmailPreferences"/> by <see cref="ReminderTopic"/>, the unit people opt out in.</summary>
public static class ReminderTopicPreferences
{
    public static bool IsOff(this EmailPreferences preferences, ReminderTopic topic)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        return topic switch
        {
            ReminderTopic.Ce => preferences.CeRemindersOff,
            ReminderTopic.Fees => preferences.FeeRemindersOff,
            ReminderTopic.Expiration => preferences.ExpirationNoticesOff,
            ReminderTopic.Digest => preferences.DigestOff,
            _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, "Unknown reminder topic."),
        };
    }

    public static EmailPreferences TurnOff(this EmailPreferences preferences, IEnumerable<ReminderTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(topics);
        var off = topics.ToHashSet();
        return preferences with
        {
            CeRemindersOff = preferences.CeRemindersOff || off.Contains(ReminderTopic.Ce),
            FeeRemindersOff = preferences.FeeRemindersOff || off.Contains(ReminderTopic.Fees),
            ExpirationNoticesOff = preferences.ExpirationNoticesOff || off.Contains(ReminderTopic.Expiration),
            DigestOff = preferences.DigestOff || off.Contains(ReminderTopic.Digest),
        };
    }

    /// <summary>How the topic reads in a sentence: "CE reminders", "the weekly staff digest".</summary>
    public static string Describe(ReminderTopic topic) => topic switch
    {
        ReminderTopic.Ce or ReminderTopic.Fees or ReminderTopic.Expiration or ReminderTopic.Digest => Text[topic.ToString()],
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, "Unknown reminder topic."),
    };

    private static readonly ResourceText Text = new(typeof(ReminderTopicPreferences));
}
