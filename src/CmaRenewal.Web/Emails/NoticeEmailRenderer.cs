using CmaRenewal.Application.Notices;
using CmaRenewal.Web.Emails.Templates;

namespace CmaRenewal.Web.Emails;

/// <summary>The HTML of a notice from <c>Notice.razor</c>.</summary>
public sealed class NoticeEmailRenderer(RazorEmailHtml html) : INoticeRenderer
{
    public Task<string> HtmlAsync(NoticeModel model, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return html.RenderAsync<Notice>(model);
    }
}
