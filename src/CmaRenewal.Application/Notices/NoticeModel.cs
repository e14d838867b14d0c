namespace CmaRenewal.Application.Notices;

/// <summary>
/// What a one-off email to one person says (a rejected entry, a manager's nudge): both the HTML template
/// (<c>Notice.razor</c>) and the plain-text twin (<see cref="NoticeText"/>) print exactly this, in this order.
/// </summary>
public sealed record NoticeModel(
    string Subject, string Greeting, IReadOnlyList<string> Paragraphs, IReadOnlyList<NoticeLine> Lines, NoticeAction Action, string Reason);

/// <summary>One item of the notice's list: a headline and what it means.</summary>
public sealed record NoticeLine(string Title, string Detail);

/// <summary>The one button of the notice: an absolute address in the app.</summary>
public sealed record NoticeAction(string Label, string Url);
