using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CmaRenewal.Core.Compliance;
using CmaRenewal.Core.Reminders;
using CmaRenewal.Infrastructure.Mail;
using CmaRenewal.Web.Emails;
using CmaRenewal.Web.Emails.Links;
using CmaRenewal.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CmaRenewal.ComponentTests.Emails;

/// <summary>The real renderer with real templates, links and data protection (in memory); reminders built like the planner stores them.</summary>
internal sealed partial class EmailTestKit
{
    public const long PersonId = 7;
    public const string BaseUrl = "https://renewals.example.org";
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 14, 0, 0, TimeSpan.Zero);

    /// <summary>An AAMA credential short of CE: CE and fee due 2026-12-30, expires 2027-01-31, grace through 2027-05-01.</summary>
    public static readonly CredentialSnapshot Aama = new(
        "CMA-AAMA", "Certified Medical Assistant, CMA (AAMA)", "CMA-100200", CredentialStatus.DueSoon,
        "CE due 2026-12-30; 6 more points: at least 4 clinical.", "6 more points: at least 4 clinical",
        Dates.D("2026-12-30"), Dates.D("2027-01-31"), Dates.D("2027-05-01"), Dates.D("2026-12-30"), 125m, "USD");

    public FakeTimeProvider Time { get; } = TestClock.Create(Now);

    public EmailLinkTokens Tokens { get; }

    public ReminderEmailRenderer Renderer { get; }

    public EmailTestKit()
    {
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        Tokens = new EmailLinkTokens(new EphemeralDataProtectionProvider(), Time);
        var links = new EmailLinks(AppBaseUrl.Fixed(BaseUrl + "/"), Tokens);
        Renderer = new ReminderEmailRenderer(new RazorEmailHtml(services, services.GetRequiredService<ILoggerFactory>()), links);
    }

    public static Reminder Reminder(ReminderKind kind, object payload, string dueOn = "2026-11-30") =>
        new($"{PersonId}/{kind}/{Guid.NewGuid():N}", PersonId, kind, 11, null, Dates.D(dueOn), 30, Dates.D(dueOn),
            ReminderPayloads.Write(payload), Now.UtcDateTime);

    public Task<RenderedEmail> RenderAsync(string day, params Reminder[] reminders) => RenderForAsync(null, day, reminders);

    /// <summary>The email as a recipient whose profile language is <paramref name="language"/> gets it (null: none chosen).</summary>
    public Task<RenderedEmail> RenderForAsync(string? language, string day, params Reminder[] reminders) =>
        Renderer.RenderAsync(OutboxEmail.ForReminders(PersonId, "ana@example.org", Dates.D(day), "(rendered later)", Now.UtcDateTime), reminders,
            language, Xunit.TestContext.Current.CancellationToken);

    /// <summary>What a reader of the HTML sees: its text, entities decoded, whitespace collapsed.</summary>
    public static string VisibleText(string html) => Spaces().Replace(new HtmlParser().ParseDocument(html).Body!.TextContent, " ");

    public static string Collapse(string text) => Spaces().Replace(text, " ");

    public static AngleSharp.Dom.IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static string TokenOf(string url) => Uri.UnescapeDataString(new Uri(url).Query["?token=".Length..]);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
