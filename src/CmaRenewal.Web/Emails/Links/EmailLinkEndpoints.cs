using CmaRenewal.Application.Emails;
using CmaRenewal.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CmaRenewal.Web.Emails.Links;

/// <summary>
/// <c>/email/unsubscribe</c> and <c>/email/snooze</c>: GET shows a confirmation page, POST acts. They work signed
/// out; the signed token in the address is the only authority, and a bad or expired one changes nothing (400).
/// The pages read in the request's language (<see cref="EmailLinkPage"/>'s resource pair).
/// </summary>
public static class EmailLinkEndpoints
{
    public const string OneClickField = "List-Unsubscribe";
    public const string OneClickValue = "One-Click";
    public const int SnoozeDays = EmailLinkActions.SnoozeDays;

    public static IEndpointRouteBuilder MapEmailLinks(this IEndpointRouteBuilder app)
    {
        var email = app.MapGroup("/email").AllowAnonymous();
        email.MapGet("/unsubscribe", ConfirmUnsubscribe);
        // RFC 8058: a mail client posts "List-Unsubscribe=One-Click" with no cookies and no antiforgery token. Nothing
        // here reads the sign-in cookie, so there is no session for a forged post to ride on; the token decides.
        email.MapPost("/unsubscribe", UnsubscribeAsync).DisableAntiforgery();
        email.MapGet("/snooze", ConfirmSnooze);
        // No form fields are bound, so no antiforgery check applies; as above, only the token decides.
        email.MapPost("/snooze", SnoozeAsync);
        return app;
    }

    private static RazorComponentResult<EmailLinkPage> ConfirmUnsubscribe(string? token, EmailLinkActions actions, IStringLocalizer<EmailLinkPage> t) =>
        actions.ReadUnsubscribe(token) is { } grant
            ? Page(t["UnsubscribeTitle"], t["UnsubscribeQuestion", EmailWords.Topics(grant.Topics)], Action(EmailLinks.UnsubscribePath, token), t["UnsubscribeButton"], oneClick: true)
            : Invalid(t);

    private static async Task<RazorComponentResult<EmailLinkPage>> UnsubscribeAsync(string? token, [FromForm(Name = OneClickField)] string? oneClick,
        EmailLinkActions actions, IStringLocalizer<EmailLinkPage> t, HttpContext http, CancellationToken ct)
    {
        if (oneClick != OneClickValue) return Invalid(t);
        SignedInActor.ActThroughEmailLink(http);
        var done = await actions.UnsubscribeAsync(token, ct);
        return done.IsDone ? Page(t["UnsubscribedTitle"], t["UnsubscribedMessage", EmailWords.Topics(done.Value!.Topics)]) : Invalid(t);
    }

    private static RazorComponentResult<EmailLinkPage> ConfirmSnooze(string? token, EmailLinkActions actions, IStringLocalizer<EmailLinkPage> t) =>
        actions.CanSnooze(token)
            ? Page(t["SnoozeTitle"], t["SnoozeQuestion", SnoozeDays], Action(EmailLinks.SnoozePath, token), t["SnoozeButton", SnoozeDays])
            : Invalid(t);

    private static async Task<RazorComponentResult<EmailLinkPage>> SnoozeAsync(string? token, EmailLinkActions actions, IStringLocalizer<EmailLinkPage> t,
        HttpContext http, CancellationToken ct)
    {
        // The audit trail names the email link, not whoever may be signed in in this browser.
        SignedInActor.ActThroughEmailLink(http);
        var snoozed = await actions.SnoozeAsync(token, ct);
        return snoozed.IsDone ? Page(t["SnoozedTitle"], t["SnoozedMessage", EmailFormat.Date(snoozed.Value)]) : Invalid(t);
    }

    private static string Action(string path, string? token) => $"{path}?token={Uri.EscapeDataString(token ?? "")}";

    private static RazorComponentResult<EmailLinkPage> Invalid(IStringLocalizer<EmailLinkPage> t) =>
        Page(t["DeadTitle"], t["DeadMessage"], statusCode: StatusCodes.Status400BadRequest);

    private static RazorComponentResult<EmailLinkPage> Page(
        string title, string message, string? action = null, string? button = null, bool oneClick = false, int statusCode = StatusCodes.Status200OK) =>
        new(new Dictionary<string, object?>
        {
            [nameof(EmailLinkPage.Title)] = title,
            [nameof(EmailLinkPage.Message)] = message,
            [nameof(EmailLinkPage.Action)] = action,
            [nameof(EmailLinkPage.Button)] = button,
            [nameof(EmailLinkPage.OneClick)] = oneClick,
        }) { StatusCode = statusCode };
}
