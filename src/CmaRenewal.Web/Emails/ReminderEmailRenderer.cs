using CmaRenewal.Application.Emails;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Web.Emails.Templates;

namespace CmaRenewal.Web.Emails;

/// <summary>
/// Renders a person's reminders email for a day: what it says comes from <see cref="DailyEmails"/>, its HTML from the
/// Razor templates through <see cref="RazorEmailHtml"/>, both in the recipient's language. Bodies are returned, never logged.
/// </summary>
public sealed class ReminderEmailRenderer(RazorEmailHtml html, IEmailLinks links) : IOutboxRenderer
{
    public async Task<RenderedEmail> RenderAsync(OutboxEmail email, IReadOnlyList<Reminder> reminders, string? language, CancellationToken ct)
    {
        using (AppCulture.Use(language))
        {
            var composed = DailyEmails.Compose(email, reminders, links);
            ct.ThrowIfCancellationRequested();
            var model = composed.Model;
            return new RenderedEmail(model.Subject, await html.RenderAsync<DailyEmail>(model), composed.Text, composed.ListUnsubscribe);
        }
    }
}
