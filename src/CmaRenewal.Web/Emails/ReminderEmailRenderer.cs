using CmaRenewal.Core.Reminders;
using CmaRenewal.Web.Emails.Links;
using CmaRenewal.Web.Emails.Templates;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CmaRenewal.Web.Emails;

/// <summary>
/// Renders a person's reminders email for a day: the subject, the HTML (Razor templates through
/// <see cref="HtmlRenderer"/>), its text twin, and a one-click unsubscribe address covering the kinds in it.
/// Bodies are returned, never logged.
/// </summary>
public sealed class ReminderEmailRenderer(IServiceProvider services, ILoggerFactory loggers, EmailLinks links) : IOutboxRenderer
{
    public async Task<RenderedEmail> RenderAsync(OutboxEmail email, IReadOnlyList<Reminder> reminders, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(reminders);
        if (email.RecipientPersonId is not { } personId) throw new ArgumentException($"Outbox email {email.Id} is not a reminders email.", nameof(email));
        if (reminders.Count == 0) throw new ArgumentException($"Outbox email {email.Id} has no reminders to render.", nameof(reminders));
        ct.ThrowIfCancellationRequested();

        var day = email.Day ?? reminders.Max(r => r.DueOn);
        var items = EmailItems.From(reminders, day);
        var topics = items.Select(i => i.Topic).Distinct().Order().ToList();
        var footer = new EmailFooterModel(
            WhyYouGetThis(items), links.Preferences, [.. topics.Select(t => new UnsubscribeLink(t, links.Unsubscribe(personId, [t])))], links.Snooze(personId));
        var model = new DailyEmailModel(EmailSubject.For(items, day), day, items, footer);

        return new RenderedEmail(model.Subject, await HtmlAsync(model), DailyEmailText.Write(model), links.Unsubscribe(personId, topics));
    }

    private async Task<string> HtmlAsync(DailyEmailModel model)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(DailyEmail.Model)] = model });
            return (await renderer.RenderComponentAsync<DailyEmail>(parameters)).ToHtmlString();
        });
    }

    private static string WhyYouGetThis(IReadOnlyList<EmailItem> items)
    {
        var managing = items.Any(i => ReminderKinds.IsForManagers(i.Kind));
        var holding = items.Any(i => !ReminderKinds.IsForManagers(i.Kind));
        return (holding, managing) switch
        {
            (true, true) => "You get this email because your credentials are tracked in CmaRenewal and you manage staff there.",
            (false, true) => "You get this email because you manage staff in CmaRenewal.",
            _ => "You get this email because your credentials are tracked in CmaRenewal.",
        } + " At most one email a day, in your local morning.";
    }
}
