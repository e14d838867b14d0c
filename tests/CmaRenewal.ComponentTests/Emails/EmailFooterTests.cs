using CmaRenewal.Core.Reminders;
using static CmaRenewal.ComponentTests.Emails.EmailTestKit;

namespace CmaRenewal.ComponentTests.Emails;

/// <summary>Every email ends with why it came, the preferences page, a stop link per kind in it, and a week's snooze; the header unsubscribes from all of them.</summary>
public sealed class EmailFooterTests
{
    private readonly EmailTestKit kit = new();

    private Task<RenderedEmail> CeAndFeeAsync() =>
        kit.RenderAsync("2026-11-30", Reminder(ReminderKind.CeDue, Aama), Reminder(ReminderKind.FeeDue, Aama));

    [Fact]
    public async Task Footer_LinksPreferencesAndSnooze_InHtmlAndText()
    {
        var email = await CeAndFeeAsync();

        var links = Parse(email.HtmlBody).QuerySelectorAll("a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href")!);
        Assert.Equal(BaseUrl + "/me/profile", links["Email preferences"]);
        Assert.Equal(PersonId, kit.Tokens.ReadSnooze(TokenOf(links["Snooze all reminders for 7 days"]))?.PersonId);
        Assert.Contains($"Email preferences: {BaseUrl}/me/profile", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Snooze all reminders for 7 days: {links["Snooze all reminders for 7 days"]}", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("You get this email because your credentials are tracked in CmaRenewal.", VisibleText(email.HtmlBody), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Footer_HasAStopLinkPerKindPresent_EachCoveringOnlyItsKind()
    {
        var email = await CeAndFeeAsync();

        var stops = Parse(email.HtmlBody).QuerySelectorAll("a[data-topic]")
            .ToDictionary(a => a.GetAttribute("data-topic")!, a => kit.Tokens.ReadUnsubscribe(TokenOf(a.GetAttribute("href")!))!.Topics);
        Assert.Equal(new Dictionary<string, IReadOnlyList<ReminderTopic>>
        {
            ["Ce"] = [ReminderTopic.Ce],
            ["Fees"] = [ReminderTopic.Fees],
        }, stops);
        Assert.Contains("Stop CE reminders: https://", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Stop fee reminders: https://", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("expiration notices", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListUnsubscribe_IsOneClickAddressCoveringEveryKindInTheEmail()
    {
        var email = await CeAndFeeAsync();

        Assert.StartsWith(BaseUrl + "/email/unsubscribe?token=", email.ListUnsubscribe, StringComparison.Ordinal);
        var grant = kit.Tokens.ReadUnsubscribe(TokenOf(email.ListUnsubscribe!));
        Assert.Equal(PersonId, grant!.PersonId);
        Assert.Equal([ReminderTopic.Ce, ReminderTopic.Fees], grant.Topics);
    }

    [Fact]
    public async Task ManagerOnlyEmail_SaysWhyAndOffersTheDigestStop()
    {
        var email = await kit.RenderAsync("2026-11-30", Reminder(ReminderKind.StaffDigest, new StaffDigestSnapshot([], 3)));

        Assert.Contains("because you manage staff in CmaRenewal", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Stop staff digests and escalations: https://", email.TextBody, StringComparison.Ordinal);
    }
}
