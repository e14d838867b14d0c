using CmaRenewal.Application.Emails;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Web.Emails.Templates;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CmaRenewal.Web.Emails;

/// <summary>
/// Renders a person's reminders email for a day: what it says comes from <see cref="DailyEmails"/>, its HTML from the
/// Razor templates through <see cref="HtmlRenderer"/>. Bodies are returned, never logged.
/// </summary>
public sealed class ReminderEmailRenderer(IServiceProvider services, ILoggerFactory loggers, IEmailLinks links) : IOutboxRenderer
{
    public async Task<RenderedEmail> RenderAsync(OutboxEmail email, IReadOnlyList<Reminder> reminders, CancellationToken ct)
    {
        var composed = DailyEmails.Compose(email, reminders, links);
        ct.ThrowIfCancellationRequested();
        var model = composed.Model;
        return new RenderedEmail(model.Subject, await HtmlAsync(model), composed.Text, composed.ListUnsubscribe);
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
}
