using System.Net;
using CmaRenewal.Core.People;
using CmaRenewal.Core.Reminders;
using CmaRenewal.TestKit.Demo;
using CmaRenewal.Web.Hosting;

namespace CmaRenewal.IntegrationTests.Emails;

/// <summary>
/// The links in reminder emails, through the real pipeline on SQLite: one-click unsubscribe (RFC 8058) and snooze work
/// with no cookie and no antiforgery token; a bad token changes nothing. Each test acts on its own demo person.
/// </summary>
public sealed class EmailLinkEndpointTests(EmailLinkApp app) : IClassFixture<EmailLinkApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FormUrlEncodedContent OneClick() => new(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });

    private static Uri Url(string path, string token) => new($"{path}?token={Uri.EscapeDataString(token)}", UriKind.Relative);

    [Fact]
    public async Task OneClickPost_WithoutCookiesOrAntiforgery_TurnsOffItsKinds_AndIsAudited()
    {
        var maria = await app.PersonIdAsync(DemoPeople.Maria);
        var token = app.Tokens.ForUnsubscribe(maria, [ReminderTopic.Ce, ReminderTopic.Fees]);

        using var response = await app.Client().PostAsync(Url("/email/unsubscribe", token), OneClick(), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EmailPreferences.AllOn with { CeRemindersOff = true, FeeRemindersOff = true }, await app.PreferencesAsync(maria));
        Assert.Equal([SignedInActor.EmailLink], await app.AuditActorsAsync(maria));
    }

    [Fact]
    public async Task TamperedToken_Is400_AndChangesNothing()
    {
        var tom = await app.PersonIdAsync(DemoPeople.Tom);
        var token = app.Tokens.ForUnsubscribe(tom, [ReminderTopic.Expiration]);
        var tampered = token[..^6] + (token[^6] == 'A' ? 'B' : 'A') + token[^5..];

        using var post = await app.Client().PostAsync(Url("/email/unsubscribe", tampered), OneClick(), Ct);
        using var snooze = await app.Client().PostAsync(Url("/email/snooze", tampered), null, Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (post.StatusCode, snooze.StatusCode));
        Assert.Contains("This link no longer works", await post.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(EmailPreferences.AllOn, await app.PreferencesAsync(tom));
        Assert.Empty(await app.AuditActorsAsync(tom));
    }

    [Fact]
    public async Task PostWithoutTheOneClickField_Is400_AndChangesNothing()
    {
        var tom = await app.PersonIdAsync(DemoPeople.Tom);
        var token = app.Tokens.ForUnsubscribe(tom, [ReminderTopic.Ce]);

        using var response = await app.Client().PostAsync(Url("/email/unsubscribe", token),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(EmailPreferences.AllOn, await app.PreferencesAsync(tom));
    }

    [Fact]
    public async Task SnoozePost_PausesThroughTheirLocalTodayPlusSeven()
    {
        // Rachel, not Maria: the one-click test reads Maria's preferences whole, in any order.
        var rachel = await app.PersonIdAsync(DemoPeople.Rachel);

        using var response = await app.Client().PostAsync(Url("/email/snooze", app.Tokens.ForSnooze(rachel)), null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // 26 November in New York (27 November in UTC) + 7 days.
        Assert.Equal(new DateOnly(2026, 12, 3), (await app.PreferencesAsync(rachel)).SnoozedUntil);
        Assert.Contains("paused through Dec 3, 2026", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmationPages_AskWithAButton_WorkSignedOut_AndChangeNothing()
    {
        var victor = await app.PersonIdAsync(DemoPeople.Victor);
        var unsubscribeToken = app.Tokens.ForUnsubscribe(victor, [ReminderTopic.Digest]);

        using var unsubscribe = await app.Client().GetAsync(Url("/email/unsubscribe", unsubscribeToken), Ct);
        using var snooze = await app.Client().GetAsync(Url("/email/snooze", app.Tokens.ForSnooze(victor)), Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (unsubscribe.StatusCode, snooze.StatusCode));
        var unsubscribePage = await unsubscribe.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Stop getting staff digests and escalations from CmaRenewal by email?", unsubscribePage, StringComparison.Ordinal);
        Assert.Contains("name=\"List-Unsubscribe\" value=\"One-Click\"", unsubscribePage, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\"", await snooze.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // Nothing says whose reminders these are.
        Assert.DoesNotContain("victor", unsubscribePage, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(EmailPreferences.AllOn, await app.PreferencesAsync(victor));
    }

    [Theory]
    [InlineData("/email/unsubscribe?token=garbage")]
    [InlineData("/email/unsubscribe")]
    [InlineData("/email/snooze?token=garbage")]
    public async Task ConfirmationPage_WithABadToken_IsAFriendly400(string url)
    {
        using var response = await app.Client().GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This link no longer works", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmationPage_ReadsInTheBrowsersLanguage()
    {
        var victor = await app.PersonIdAsync(DemoPeople.Victor);
        using var request = new HttpRequestMessage(HttpMethod.Get, Url("/email/unsubscribe", app.Tokens.ForUnsubscribe(victor, [ReminderTopic.Ce, ReminderTopic.Fees])));
        request.Headers.AcceptLanguage.ParseAdd("es-MX");

        using var response = await app.Client().SendAsync(request, Ct);

        var page = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("<html lang=\"es\">", page, StringComparison.Ordinal);
        Assert.Contains("¿Dejar de recibir recordatorios de EC y recordatorios de cuotas de renovación de CmaRenewal por correo?", page, StringComparison.Ordinal);
        Assert.Contains(">Cancelar suscripción</button>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnoozeToken_DoesNotUnsubscribe()
    {
        var tom = await app.PersonIdAsync(DemoPeople.Tom);

        using var response = await app.Client().PostAsync(Url("/email/unsubscribe", app.Tokens.ForSnooze(tom)), OneClick(), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(EmailPreferences.AllOn, await app.PreferencesAsync(tom));
    }
}
