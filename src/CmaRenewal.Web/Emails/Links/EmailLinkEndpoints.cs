using CmaRenewal.Application.Emails;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CmaRenewal.Web.Emails.Links;

/// <summary>
/// <c>/email/unsubscribe</c> and <c>/email/snooze</c>: GET shows a confirmation page, POST acts. They work signed
/// out; the signed token in the address is the only authority, and a bad or expired one changes nothing (400).
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

    private static RazorComponentResult<EmailLinkPage> ConfirmUnsubscribe(string? token, EmailLinkActions actions) =>
        actions.ReadUnsubscribe(token) is { } grant
            ? Page("Unsubscribe", $"Stop getting {Topics(grant)} from CmaRenewal by email? Your other reminders stay as they are.", Action(EmailLinks.UnsubscribePath, token), "Unsubscribe", oneClick: true)
            : Invalid();

    private static async Task<RazorComponentResult<EmailLinkPage>> UnsubscribeAsync(
        string? token, [FromForm(Name = OneClickField)] string? oneClick, EmailLinkActions actions, HttpContext http, CancellationToken ct)
    {
        if (oneClick != OneClickValue) return Invalid();
        SignedInActor.ActThroughEmailLink(http);
        var done = await actions.UnsubscribeAsync(token, ct);
        return done.IsDone ? Page("Unsubscribed", $"Done: you will no longer get {Topics(done.Value!)} by email.") : Invalid();
    }

    private static RazorComponentResult<EmailLinkPage> ConfirmSnooze(string? token, EmailLinkActions actions) =>
        actions.CanSnooze(token)
            ? Page("Snooze reminders", $"Pause all your reminder emails for {SnoozeDays} days?", Action(EmailLinks.SnoozePath, token), $"Snooze for {SnoozeDays} days")
            : Invalid();

    private static async Task<RazorComponentResult<EmailLinkPage>> SnoozeAsync(string? token, EmailLinkActions actions, HttpContext http, CancellationToken ct)
    {
        // The audit trail names the email link, not whoever may be signed in in this browser.
        SignedInActor.ActThroughEmailLink(http);
        var snoozed = await actions.SnoozeAsync(token, ct);
        return snoozed.IsDone ? Page("Reminders snoozed", $"Done: your reminder emails are paused through {EmailFormat.Date(snoozed.Value)}.") : Invalid();
    }

    private static string Topics(EmailLinkGrant grant) =>
        string.Join(" and ", grant.Topics.Select(ReminderTopicPreferences.Describe));

    private static string Action(string path, string? token) => $"{path}?token={Uri.EscapeDataString(token ?? "")}";

    private static RazorComponentResult<EmailLinkPage> Invalid() =>
        Page("This link no longer works", "It may have expired or been changed. Nothing was changed.", statusCode: StatusCodes.Status400BadRequest);

    private static RazorComponentResult<EmailLinkPage> Page(
        string title, string message, string? action = null, string button = "Confirm", bool oneClick = false, int statusCode = StatusCodes.Status200OK) =>
        new(new Dictionary<string, object?>
        {
            [nameof(EmailLinkPage.Title)] = title,
            [nameof(EmailLinkPage.Message)] = message,
            [nameof(EmailLinkPage.Action)] = action,
            [nameof(EmailLinkPage.Button)] = button,
            [nameof(EmailLinkPage.OneClick)] = oneClick,
        }) { StatusCode = statusCode };
}
