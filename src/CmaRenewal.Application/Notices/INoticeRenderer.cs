using System.Net;

namespace CmaRenewal.Application.Notices;

/// <summary>Turns a notice into its HTML body (the web project's Razor template); the text body is <see cref="NoticeText"/>.</summary>
public interface INoticeRenderer
{
    Task<string> HtmlAsync(NoticeModel model, CancellationToken ct);
}

/// <summary>The fallback when the host registers no template (tools and tests without the web project): plain paragraphs.</summary>
public sealed class PlainNoticeRenderer : INoticeRenderer
{
    public static readonly PlainNoticeRenderer Instance = new();

    public Task<string> HtmlAsync(NoticeModel model, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        var paragraphs = new[] { model.Greeting }.Concat(model.Paragraphs).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>");
        var list = model.Lines.Count == 0 ? "" : "<ul>" + string.Concat(model.Lines.Select(l =>
            $"<li><b>{WebUtility.HtmlEncode(l.Title)}</b>: {WebUtility.HtmlEncode(l.Detail)}</li>")) + "</ul>";
        var action = $"<p><a href=\"{WebUtility.HtmlEncode(model.Action.Url)}\">{WebUtility.HtmlEncode(model.Action.Label)}</a></p>";
        return Task.FromResult(string.Concat(paragraphs) + list + action + $"<p>{WebUtility.HtmlEncode(model.Reason)}</p>");
    }
}
