using CmaRenewal.Core.Reminders;

namespace CmaRenewal.Application.Emails;

/// <summary>One person's reminders email for a day, as words: the model both bodies print, and the one-click unsubscribe address.</summary>
public sealed record ComposedEmail(DailyEmailModel Model, string ListUnsubscribe)
{
    public string Text => DailyEmailText.Write(Model);
}

/// <summary>
/// Decides what a reminders email says: its items from the stored reminders, the subject, why it came, and the links
/// that change what comes next (one unsubscribe per topic in it, and one covering them all for the mail client).
/// </summary>
public static class DailyEmails
{
    public static ComposedEmail Compose(OutboxEmail email, IReadOnlyList<Reminder> reminders, IEmailLinks links)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(reminders);
        ArgumentNullException.ThrowIfNull(links);
        if (email.RecipientPersonId is not { } personId) throw new ArgumentException($"Outbox email {email.Id} is not a reminders email.", nameof(email));
        if (reminders.Count == 0) throw new ArgumentException($"Outbox email {email.Id} has no reminders to render.", nameof(reminders));

        var day = email.Day ?? reminders.Max(r => r.DueOn);
        var items = EmailItems.From(reminders, day);
        var topics = items.Select(i => i.Topic).Distinct().Order().ToList();
        var footer = new EmailFooterModel(
            WhyYouGetThis(items), links.Preferences, [.. topics.Select(t => new UnsubscribeLink(t, links.Unsubscribe(personId, [t])))], links.Snooze(personId));
        return new ComposedEmail(new DailyEmailModel(EmailSubject.For(items, day), day, items, footer), links.Unsubscribe(personId, topics));
    }

    private static string WhyYouGetThis(IReadOnlyList<EmailItem> items)
    {
        var managing = items.Any(i => ReminderKinds.IsForManagers(i.Kind));
        var holding = items.Any(i => !ReminderKinds.IsForManagers(i.Kind));
        var why = (holding, managing) switch
        {
            (true, true) => "WhyHoldingAndManaging",
            (false, true) => "WhyManaging",
            _ => "WhyHolding",
        };
        return EmailWords.Get(why) + " " + EmailWords.Get("AtMostOneADay");
    }
}
