using CmaRenewal.Application.Emails;
using CmaRenewal.Application.Localization;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Persistence;
using CmaRenewal.Infrastructure.Reminders;

namespace CmaRenewal.Application.Notices;

/// <summary>
/// Notices go through the outbox like every email: rendered and added to the caller's context (saved with the change
/// they report, so one is never without the other), then sent at once; if the server does not answer, the recurring
/// sender retries it.
/// </summary>
public sealed class NoticeOutbox(OutboxSender sender, IEmailLinks links, TimeProvider time, INoticeRenderer? renderer = null)
{
    private readonly INoticeRenderer renderer = renderer ?? PlainNoticeRenderer.Instance;

    /// <summary>The absolute address of an app page, for the notice's button.</summary>
    public string Page(string pathAndQuery) => links.Page(pathAndQuery);

    /// <summary>
    /// Words the notice with <paramref name="compose"/> and renders it in the recipient's <paramref name="language"/>
    /// (null: English), not in the language of whoever's request sends it.
    /// </summary>
    public async Task<OutboxEmail> AddAsync(CmaRenewalDbContext db, long personId, string toAddress, string? language, Func<NoticeModel> compose,
        string? onceKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(compose);
        using (AppCulture.Use(language))
        {
            var model = compose();
            var html = await renderer.HtmlAsync(model, ct);
            var email = OutboxEmail.ForNotice(personId, toAddress, model.Subject, html, NoticeText.Write(model), onceKey, time.GetUtcNow().UtcDateTime);
            db.OutboxEmails.Add(email);
            return email;
        }
    }

    /// <summary>After the save: one try now. Not cancelled, since the row is stored whatever happens and the page may be gone.</summary>
    public Task SendNowAsync(OutboxEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return sender.SendOneAsync(email.Id, CancellationToken.None);
    }
}
